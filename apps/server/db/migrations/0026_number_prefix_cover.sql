DROP INDEX "cases_number_prefix_idx";--> statement-breakpoint
DROP INDEX "cases_applicant_prefix_idx";--> statement-breakpoint
CREATE INDEX "cases_number_prefix_idx" ON "cases" USING btree ("case_number" text_pattern_ops,"created_at","id","region_code","status") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_applicant_prefix_idx" ON "cases" USING btree ("applicant_id" text_pattern_ops,"created_at","id","region_code","status") WHERE not synthetic;
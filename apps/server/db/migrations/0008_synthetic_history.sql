DROP INDEX "deadline_clocks_subject_idx";--> statement-breakpoint
DROP INDEX "deadline_clocks_due_idx";--> statement-breakpoint
DROP INDEX "case_tasks_case_idx";--> statement-breakpoint
DROP INDEX "case_tasks_inbox_idx";--> statement-breakpoint
DROP INDEX "cases_number_idx";--> statement-breakpoint
DROP INDEX "cases_idempotency_idx";--> statement-breakpoint
DROP INDEX "cases_applicant_idx";--> statement-breakpoint
DROP INDEX "cases_filed_by_idx";--> statement-breakpoint
DROP INDEX "cases_region_status_idx";--> statement-breakpoint
DROP INDEX "cases_deferred_idx";--> statement-breakpoint
ALTER TABLE "deadline_clocks" ADD COLUMN "synthetic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "synthetic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "synthetic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "deadline_clocks_subject_idx" ON "deadline_clocks" USING btree ("subject_type","subject_id") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "deadline_clocks_due_idx" ON "deadline_clocks" USING btree ("subject_type","due_on") WHERE stopped_on is null and paused_on is null and not synthetic;--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "case_tasks_inbox_idx" ON "case_tasks" USING btree ("region_code","department_id","status") WHERE not synthetic;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_idx" ON "cases" USING btree ("case_number") WHERE not synthetic;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_idx" ON "cases" USING btree ("filed_by_account_id","idempotency_key") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_id","created_at") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_filed_by_idx" ON "cases" USING btree ("filed_by_account_id","created_at") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_region_status_idx" ON "cases" USING btree ("region_code","status") WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_deferred_idx" ON "cases" USING btree ("deferred_until") WHERE deferred_until is not null and not synthetic;
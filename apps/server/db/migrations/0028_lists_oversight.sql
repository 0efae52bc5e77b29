DROP INDEX "ledger_reports_status_idx";--> statement-breakpoint
DROP INDEX "ledger_reports_task_idx";--> statement-breakpoint
CREATE INDEX "accounts_staff_login_idx" ON "accounts" USING btree ("login","region_code") WHERE kind = 'staff';--> statement-breakpoint
CREATE INDEX "rating_appeals_pending_idx" ON "rating_appeals" USING btree ("rating_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "rating_rectifications_open_idx" ON "rating_rectifications" USING btree ("rating_id") WHERE status <> 'confirmed';--> statement-breakpoint
CREATE INDEX "ratings_bad_idx" ON "ratings" USING btree ("created_at","id") WHERE level >= 4;--> statement-breakpoint
CREATE INDEX "ratings_bad_region_idx" ON "ratings" USING btree ("region_code" text_pattern_ops,"created_at","id") WHERE level >= 4;--> statement-breakpoint
CREATE INDEX "ratings_bad_department_idx" ON "ratings" USING btree ("department_id","created_at","id") WHERE level >= 4;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("subscription_id","status");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_log_idx" ON "webhook_deliveries" USING btree ("subscription_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "bulletins_list_idx" ON "bulletins" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "bulletins_published_list_idx" ON "bulletins" USING btree ("published_at","id") WHERE status in ('published', 'archived');--> statement-breakpoint
CREATE INDEX "ledger_inspections_list_idx" ON "ledger_inspections" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "ledger_records_list_idx" ON "ledger_records" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "ledger_reports_list_idx" ON "ledger_reports" USING btree ("reported_at","id");--> statement-breakpoint
CREATE INDEX "ledger_reports_department_idx" ON "ledger_reports" USING btree ("department_id","reported_at","id");--> statement-breakpoint
CREATE INDEX "ledger_reports_status_idx" ON "ledger_reports" USING btree ("status","reported_at","id");--> statement-breakpoint
CREATE INDEX "ledger_reports_task_idx" ON "ledger_reports" USING btree ("task_id","reported_at","id");
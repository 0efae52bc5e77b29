CREATE TABLE "idempotency_keys" (
	"owner" text NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_owner_key_pk" PRIMARY KEY("owner","key")
);
--> statement-breakpoint
CREATE TABLE "deadline_clocks" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"region_code" text NOT NULL,
	"limit_days" integer NOT NULL,
	"base_on" date NOT NULL,
	"extended_days" integer DEFAULT 0 NOT NULL,
	"paused_workdays" integer DEFAULT 0 NOT NULL,
	"paused_on" date,
	"pause_reason" text,
	"stopped_on" date,
	"elapsed_workdays" integer,
	"due_on" date,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" text NOT NULL,
	"region_code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"task_id" text,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"round" integer NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"pdf" "bytea"
);
--> statement-breakpoint
CREATE TABLE "case_serials" (
	"implementation_code" text NOT NULL,
	"day" date NOT NULL,
	"next_serial" integer NOT NULL,
	CONSTRAINT "case_serials_implementation_code_day_pk" PRIMARY KEY("implementation_code","day")
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"region_code" text NOT NULL,
	"step_key" text,
	"basic_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"implementation_code" text NOT NULL,
	"name" text NOT NULL,
	"department_id" text NOT NULL,
	"department_name" text NOT NULL,
	"joint_departments" jsonb NOT NULL,
	"depends_on" jsonb NOT NULL,
	"status" text NOT NULL,
	"limit_days" integer NOT NULL,
	"claimed_by_account_id" text,
	"claimed_by_name" text,
	"opinions" jsonb NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"special_procedure" text,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"opened_on" date,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"implementation_code" text NOT NULL,
	"bundle_id" text,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_id" text NOT NULL,
	"applicant_name" text NOT NULL,
	"filed_by_account_id" text NOT NULL,
	"filed_by_kind" text NOT NULL,
	"filed_by_name" text NOT NULL,
	"mandate_id" text,
	"service_point_id" text,
	"service_point_name" text,
	"form" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"delivery" jsonb NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"outcome" text,
	"promised_limit_days" integer NOT NULL,
	"correction_round" integer DEFAULT 0 NOT NULL,
	"deferred_until" date,
	"idempotency_key" text,
	"request_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"received_on" date,
	"accepted_on" date,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upload_owners" (
	"sha256" text NOT NULL,
	"account_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "upload_owners_sha256_account_id_pk" PRIMARY KEY("sha256","account_id")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"sha256" text PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "deadline_clocks_subject_idx" ON "deadline_clocks" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "deadline_clocks_due_idx" ON "deadline_clocks" USING btree ("subject_type","due_on") WHERE stopped_on is null and paused_on is null;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_notices_case_idx" ON "case_notices" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_inbox_idx" ON "case_tasks" USING btree ("region_code","department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_idx" ON "cases" USING btree ("case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_idx" ON "cases" USING btree ("filed_by_account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_filed_by_idx" ON "cases" USING btree ("filed_by_account_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_region_status_idx" ON "cases" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "cases_deferred_idx" ON "cases" USING btree ("deferred_until") WHERE deferred_until is not null;
CREATE TABLE "bulletins" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text,
	"year" integer NOT NULL,
	"serial" integer,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text NOT NULL,
	"introduction" text NOT NULL,
	"content" jsonb NOT NULL,
	"corrects_id" text,
	"pdf" "bytea",
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_evidence" (
	"sha256" text PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_inspections" (
	"id" text PRIMARY KEY NOT NULL,
	"method" text NOT NULL,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"department_id" text,
	"visited_on" date NOT NULL,
	"findings" text NOT NULL,
	"rectification_task_id" text,
	"recorded_by" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_milestones" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_records" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject_name" text NOT NULL,
	"department_id" text,
	"region_code" text,
	"task_id" text,
	"reason" text NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"milestone_id" text NOT NULL,
	"department_id" text NOT NULL,
	"department_name" text NOT NULL,
	"summary" text NOT NULL,
	"completes_milestone" boolean NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text NOT NULL,
	"review_reason" text,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ledger_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"source_sentence" text,
	"leader_role" text,
	"lead_department_name" text,
	"lead_department_id" text,
	"working_group" text,
	"responsible_department_ids" text[] NOT NULL,
	"region_code" text NOT NULL,
	"inspection_id" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_number_idx" ON "bulletins" USING btree ("number");--> statement-breakpoint
CREATE INDEX "bulletins_status_idx" ON "bulletins" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "ledger_milestones_task_idx" ON "ledger_milestones" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "ledger_reports_status_idx" ON "ledger_reports" USING btree ("status","reported_at");--> statement-breakpoint
CREATE INDEX "ledger_reports_task_idx" ON "ledger_reports" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_tasks_code_idx" ON "ledger_tasks" USING btree ("code");--> statement-breakpoint
-- A published bulletin never changes: the database refuses any edit but archiving, and any delete.
CREATE FUNCTION "bulletins_published_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.status = 'draft' THEN
		IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
		RETURN NEW;
	END IF;
	IF TG_OP = 'UPDATE' AND OLD.status = 'published' AND NEW.status = 'archived'
		AND (NEW.id, NEW.number, NEW.year, NEW.serial, NEW.title, NEW.period_from, NEW.period_to, NEW.introduction,
			NEW.content, NEW.corrects_id, NEW.pdf, NEW.created_by, NEW.created_at, NEW.published_at)
		IS NOT DISTINCT FROM (OLD.id, OLD.number, OLD.year, OLD.serial, OLD.title, OLD.period_from, OLD.period_to,
			OLD.introduction, OLD.content, OLD.corrects_id, OLD.pdf, OLD.created_by, OLD.created_at, OLD.published_at) THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'bulletin % is published and never changes: % refused', OLD.id, TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "bulletins_published_frozen" BEFORE UPDATE OR DELETE ON "bulletins" FOR EACH ROW EXECUTE FUNCTION "bulletins_published_frozen"();

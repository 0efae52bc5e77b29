CREATE TABLE "reform_scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"seed" integer NOT NULL,
	"cases" integer NOT NULL,
	"evaluation_id" text,
	"changes" jsonb NOT NULL,
	"baseline_changes" jsonb NOT NULL,
	"status" text NOT NULL,
	"progress" jsonb NOT NULL,
	"error" text,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "reform_scenarios_status_idx" ON "reform_scenarios" USING btree ("status","created_at");
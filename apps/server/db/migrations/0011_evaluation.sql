CREATE TABLE "evaluations" (
	"id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"system" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"cities" jsonb NOT NULL,
	"indicators_left_out" jsonb NOT NULL,
	"cases_measured" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluations_year_idx" ON "evaluations" USING btree ("year","created_at");
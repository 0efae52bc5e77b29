CREATE TABLE "figures_case_facts" (
	"case_id" text PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"region_code" text NOT NULL,
	"hall_id" text,
	"target" text NOT NULL,
	"channel" text NOT NULL,
	"completed" boolean NOT NULL,
	"refused" boolean NOT NULL,
	"on_time" boolean,
	"workdays" integer,
	"visits" integer NOT NULL,
	"materials" integer NOT NULL,
	"materials_shared" integer NOT NULL,
	"corrected" boolean NOT NULL,
	"deferred" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "figures_durations" (
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"area" text NOT NULL,
	"target" text NOT NULL,
	"workdays" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "figures_durations_grain_area_period_start_target_workdays_pk" PRIMARY KEY("grain","area","period_start","target","workdays")
);
--> statement-breakpoint
CREATE TABLE "figures_rollups" (
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"area" text NOT NULL,
	"parent" text NOT NULL,
	"target" text NOT NULL,
	"channel" text NOT NULL,
	"cases" integer NOT NULL,
	"completed" integer NOT NULL,
	"on_time" integer NOT NULL,
	"refused" integer NOT NULL,
	"corrected" integer NOT NULL,
	"deferred" integer NOT NULL,
	"visits_zero" integer NOT NULL,
	"visits_at_most_one" integer NOT NULL,
	"materials" integer NOT NULL,
	"materials_shared" integer NOT NULL,
	CONSTRAINT "figures_rollups_grain_area_period_start_target_channel_pk" PRIMARY KEY("grain","area","period_start","target","channel")
);
--> statement-breakpoint
CREATE TABLE "figures_state" (
	"id" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL,
	"folded_at" timestamp with time zone,
	"rebuilt_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "figures_case_facts_day_idx" ON "figures_case_facts" USING btree ("day");--> statement-breakpoint
CREATE INDEX "figures_rollups_parent_idx" ON "figures_rollups" USING btree ("grain","parent","period_start");
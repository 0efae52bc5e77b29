CREATE TABLE "hotline_articles" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"current" boolean NOT NULL,
	"source" text NOT NULL,
	"basic_code" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"owner" text NOT NULL,
	"review_on" date NOT NULL,
	"search_title" text NOT NULL,
	"search_body" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_body), 'B')) STORED,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hotline_articles_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "hotline_dispatch_rules" (
	"region_code" text NOT NULL,
	"category" text NOT NULL,
	"department_id" text NOT NULL,
	"department_name" text NOT NULL,
	CONSTRAINT "hotline_dispatch_rules_region_code_category_pk" PRIMARY KEY("region_code","category")
);
--> statement-breakpoint
CREATE TABLE "hotline_ticket_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_ticket_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_label" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "hotline_tickets" (
	"id" text PRIMARY KEY NOT NULL,
	"ticket_number" text NOT NULL,
	"region_code" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"text" text NOT NULL,
	"caller_name" text NOT NULL,
	"caller_phone" text NOT NULL,
	"caller_account_id" text,
	"caller_id_number" text,
	"anonymous" boolean NOT NULL,
	"contact_consent" boolean NOT NULL,
	"case_id" text,
	"item_code" text,
	"service_point_id" text,
	"linked_department_id" text,
	"department_id" text,
	"department_name" text,
	"department_region_code" text,
	"dispatch_override_reason" text,
	"round" integer DEFAULT 0 NOT NULL,
	"dispatched_on" date,
	"reply" text,
	"return_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"return_final" boolean DEFAULT false NOT NULL,
	"extension" jsonb,
	"revisit" jsonb,
	"article_id" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"return_count" integer DEFAULT 0 NOT NULL,
	"signed_late" boolean,
	"replied_late" boolean,
	"merged_into" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "hotline_tickets_ticket_number_unique" UNIQUE("ticket_number")
);
--> statement-breakpoint
CREATE TABLE "rating_appeals" (
	"id" text PRIMARY KEY NOT NULL,
	"rating_id" text NOT NULL,
	"department_id" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"filed_by" text NOT NULL,
	"review_reason" text,
	"reviewed_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_rectifications" (
	"id" text PRIMARY KEY NOT NULL,
	"rating_id" text NOT NULL,
	"region_code" text NOT NULL,
	"department_id" text,
	"status" text NOT NULL,
	"callback_note" text,
	"evidence" text,
	"verification_note" text,
	"rater_confirmed" boolean,
	"on_time" boolean,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rating_rectifications_rating_id_unique" UNIQUE("rating_id")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text,
	"ticket_id" text,
	"channel" text NOT NULL,
	"level" integer NOT NULL,
	"reasons" text[] NOT NULL,
	"comment" text NOT NULL,
	"region_code" text NOT NULL,
	"department_id" text,
	"department_name" text,
	"service_point_id" text,
	"service_point_name" text,
	"window" text,
	"rater_key" text NOT NULL,
	"rater_account_id" text,
	"rater_phone" text,
	"real_name" boolean NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "hotline_articles_search_idx" ON "hotline_articles" USING gin ("search_vector") WHERE current;--> statement-breakpoint
CREATE INDEX "hotline_ticket_events_ticket_idx" ON "hotline_ticket_events" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE INDEX "hotline_tickets_region_idx" ON "hotline_tickets" USING btree ("region_code","created_on");--> statement-breakpoint
CREATE INDEX "hotline_tickets_department_idx" ON "hotline_tickets" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "hotline_tickets_caller_idx" ON "hotline_tickets" USING btree ("caller_phone");--> statement-breakpoint
CREATE INDEX "hotline_tickets_case_idx" ON "hotline_tickets" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "hotline_tickets_merged_idx" ON "hotline_tickets" USING btree ("merged_into");--> statement-breakpoint
CREATE INDEX "rating_appeals_rating_idx" ON "rating_appeals" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "rating_rectifications_department_idx" ON "rating_rectifications" USING btree ("department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_case_rater_idx" ON "ratings" USING btree ("case_id","rater_key") WHERE case_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_ticket_rater_idx" ON "ratings" USING btree ("ticket_id","rater_key") WHERE ticket_id is not null;--> statement-breakpoint
CREATE INDEX "ratings_region_month_idx" ON "ratings" USING btree ("region_code","created_on");
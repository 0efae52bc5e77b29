CREATE TABLE "hotline_dispatch_rule_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_dispatch_rule_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"category" text NOT NULL,
	"from_department_id" text,
	"from_department_name" text,
	"to_department_id" text,
	"to_department_name" text,
	"reason" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "follow_up_ticket_id" text;--> statement-breakpoint
CREATE INDEX "hotline_dispatch_rule_changes_region_idx" ON "hotline_dispatch_rule_changes" USING btree ("region_code","id");
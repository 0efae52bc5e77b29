CREATE TABLE "monitoring_card_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_card_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"card_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"reason" text NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_cards" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_cards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"clock_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_label" text,
	"region_code" text NOT NULL,
	"department_id" text,
	"department_name" text,
	"item_code" text,
	"item_name" text,
	"level" text NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"extended_days" integer NOT NULL,
	"raised_on" date NOT NULL,
	"cleared_on" date,
	"clear_reason" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_ladder" (
	"rank" integer PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"acknowledge_days" integer NOT NULL,
	"explain_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_order_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_order_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_id" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"note" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"card_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"department_id" text,
	"department_name" text,
	"kind" text NOT NULL,
	"subject_label" text,
	"item_name" text,
	"rank" integer NOT NULL,
	"level" text NOT NULL,
	"status" text NOT NULL,
	"clock_seq" integer NOT NULL,
	"raised_on" date NOT NULL,
	"raised_txid" bigint NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"explanation" text,
	"promised_on" date,
	"explained_at" timestamp with time zone,
	"explained_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monitoring_orders_card_id_unique" UNIQUE("card_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_rules" (
	"kind" text PRIMARY KEY NOT NULL,
	"yellow_days" integer NOT NULL,
	"raises_order" boolean NOT NULL,
	"enabled" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "monitoring_card_events_card_idx" ON "monitoring_card_events" USING btree ("card_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_cards_open_clock_idx" ON "monitoring_cards" USING btree ("clock_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "monitoring_cards_region_idx" ON "monitoring_cards" USING btree ("status","region_code","id");--> statement-breakpoint
CREATE INDEX "monitoring_cards_department_idx" ON "monitoring_cards" USING btree ("department_id","status","id");--> statement-breakpoint
CREATE INDEX "monitoring_order_events_order_idx" ON "monitoring_order_events" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "monitoring_orders_department_idx" ON "monitoring_orders" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "monitoring_orders_region_idx" ON "monitoring_orders" USING btree ("region_code","id");--> statement-breakpoint
INSERT INTO "monitoring_rules" ("kind", "yellow_days", "raises_order", "enabled") VALUES
  ('case', 1, true, true),
  ('task', 1, true, true),
  ('ticket_sign', 0, true, true),
  ('ticket_reply', 1, true, true),
  ('ticket_return', 0, false, false),
  ('rectification', 1, true, true),
  ('order', 0, false, true);--> statement-breakpoint
INSERT INTO "monitoring_ladder" ("rank", "level", "acknowledge_days", "explain_days") VALUES
  (1, 'department', 1, 2),
  (2, 'city', 1, 2),
  (3, 'province', 1, 2);

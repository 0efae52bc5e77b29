CREATE TABLE "platform_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "departments_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "service_points" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"opening_hours" text NOT NULL,
	"phone" text NOT NULL,
	"is_24_hours" boolean NOT NULL,
	"intake" text NOT NULL,
	"item_codes" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"published_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_bundles" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_implementations" (
	"implementation_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"basic_code" text NOT NULL,
	"region_code" text NOT NULL,
	"exercise_level" text NOT NULL,
	"body_uscc" text NOT NULL,
	"body_name" text NOT NULL,
	"overrides" jsonb NOT NULL,
	"listing" jsonb NOT NULL,
	CONSTRAINT "catalog_implementations_implementation_code_item_version_pk" PRIMARY KEY("implementation_code","item_version")
);
--> statement-breakpoint
CREATE TABLE "catalog_items" (
	"basic_code" text NOT NULL,
	"version" integer NOT NULL,
	"batch_id" text NOT NULL,
	"name" text NOT NULL,
	"department_kind" text NOT NULL,
	"elements" jsonb NOT NULL,
	"listing" jsonb NOT NULL,
	"withdrawn_on" date,
	"search_name" text NOT NULL,
	"search_keywords" text NOT NULL,
	"search_themes" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_name), 'A') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'B') || setweight(to_tsvector('simple'::regconfig, search_themes), 'C')) STORED NOT NULL,
	CONSTRAINT "catalog_items_basic_code_version_pk" PRIMARY KEY("basic_code","version")
);
--> statement-breakpoint
CREATE TABLE "calendar_overrides" (
	"year" integer PRIMARY KEY NOT NULL,
	"arrangement" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "departments_region_idx" ON "departments" USING btree ("region_code","kind");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "service_points_region_idx" ON "service_points" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "catalog_implementations_region_idx" ON "catalog_implementations" USING btree ("region_code","basic_code");--> statement-breakpoint
CREATE INDEX "catalog_implementations_item_idx" ON "catalog_implementations" USING btree ("basic_code","item_version");--> statement-breakpoint
CREATE INDEX "catalog_items_search_idx" ON "catalog_items" USING gin ("search_vector");
CREATE SEQUENCE "certificate_serial_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 20;--> statement-breakpoint
CREATE TABLE "platform_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_overrides" (
	"year" integer PRIMARY KEY NOT NULL,
	"arrangement" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"on_behalf_of" jsonb,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text,
	"case_id" text,
	"request_id" text NOT NULL,
	"ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"seq" bigint,
	"link_hash" text,
	"sealed_at" timestamp with time zone,
	CONSTRAINT "audit_entries_seq_unique" UNIQUE("seq"),
	CONSTRAINT "audit_entries_sealed_check" CHECK (("audit_entries"."seq" is null) = ("audit_entries"."link_hash" is null) and ("audit_entries"."seq" is null) = ("audit_entries"."sealed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"template" text NOT NULL,
	"body" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"transport" text
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
CREATE TABLE "credit_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"region_code" text NOT NULL,
	"list" text NOT NULL,
	"reason" text NOT NULL,
	"issuing_body" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "data_use_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_use_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_region_code" text NOT NULL,
	"reader_kind" text NOT NULL,
	"reader_id" text,
	"reader_label" text NOT NULL,
	"purpose" text NOT NULL,
	"case_id" text,
	"mandate_id" text,
	"fields" text[] NOT NULL,
	"request_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_entities" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"entity_type" text NOT NULL,
	"registered_region_code" text NOT NULL,
	"registered_address" text NOT NULL,
	"legal_representative_id_number" text NOT NULL,
	"legal_representative_name" text NOT NULL,
	"status" text NOT NULL,
	"established_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population" (
	"id_number" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"household_region_code" text NOT NULL,
	"household_address" text NOT NULL,
	"phone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"login" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"phone" text NOT NULL,
	"password_hash" text NOT NULL,
	"phone_verified_at" timestamp with time zone,
	"real_name_level" text,
	"status" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"department_id" text,
	"region_code" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_bindings" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"entity_name" text NOT NULL,
	"account_id" text NOT NULL,
	"capacity" text NOT NULL,
	"granted_by" text NOT NULL,
	"override_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" text PRIMARY KEY NOT NULL,
	"grantor_kind" text NOT NULL,
	"grantor_id" text NOT NULL,
	"grantor_name" text NOT NULL,
	"granted_by_account_id" text NOT NULL,
	"agent_account_id" text NOT NULL,
	"agent_name" text NOT NULL,
	"scope_kind" text NOT NULL,
	"case_id" text,
	"bundle_id" text,
	"actions" text[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "one_time_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"purpose" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"acting_for_uscc" text,
	"revoked_at" timestamp with time zone,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "certificate_copies" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"holder_id" text NOT NULL,
	"purpose" text NOT NULL,
	"case_id" text,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"seal_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "certificate_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"identifier" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_label" text NOT NULL,
	"purpose" text,
	"case_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_pdfs" (
	"document_id" text PRIMARY KEY NOT NULL,
	"pdf" "bytea" NOT NULL,
	"rendered_at" timestamp with time zone NOT NULL,
	"bytes" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"identifier" text PRIMARY KEY NOT NULL,
	"type_slug" text NOT NULL,
	"type_code" text NOT NULL,
	"holder_kind" text NOT NULL,
	"holder_id" text NOT NULL,
	"holder_name" text NOT NULL,
	"issuer_uscc" text NOT NULL,
	"issuer_name" text NOT NULL,
	"issuer_region_code" text NOT NULL,
	"data" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"seal_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"signature" text NOT NULL,
	"status" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"replaced_by" text,
	"case_id" text
);
--> statement-breakpoint
CREATE TABLE "seals" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_uscc" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_region_code" text NOT NULL,
	"public_key" text NOT NULL,
	"private_key_wrapped" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE INDEX "audit_entries_unsealed_idx" ON "audit_entries" USING btree ("id") WHERE "audit_entries"."seq" is null;--> statement-breakpoint
CREATE INDEX "audit_entries_subject_idx" ON "audit_entries" USING btree ("subject_type","subject_id","id");--> statement-breakpoint
CREATE INDEX "audit_entries_actor_idx" ON "audit_entries" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox_messages" USING btree ("id") WHERE delivered_at is null;--> statement-breakpoint
CREATE INDEX "outbox_recipient_idx" ON "outbox_messages" USING btree ("recipient");--> statement-breakpoint
CREATE INDEX "departments_region_idx" ON "departments" USING btree ("region_code","kind");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "service_points_region_idx" ON "service_points" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "catalog_implementations_region_idx" ON "catalog_implementations" USING btree ("region_code","basic_code");--> statement-breakpoint
CREATE INDEX "catalog_implementations_item_idx" ON "catalog_implementations" USING btree ("basic_code","item_version");--> statement-breakpoint
CREATE INDEX "catalog_items_search_idx" ON "catalog_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "credit_entries_subject_idx" ON "credit_entries" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "data_use_log_subject_idx" ON "data_use_log" USING btree ("subject_type","subject_id","at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "legal_entities_representative_idx" ON "legal_entities" USING btree ("legal_representative_id_number");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_login_idx" ON "accounts" USING btree ("login");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_person_id_number_idx" ON "accounts" USING btree ("id_number") WHERE kind = 'person';--> statement-breakpoint
CREATE INDEX "entity_bindings_account_idx" ON "entity_bindings" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "entity_bindings_uscc_idx" ON "entity_bindings" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "mandates_grantor_idx" ON "mandates" USING btree ("grantor_kind","grantor_id");--> statement-breakpoint
CREATE INDEX "mandates_agent_idx" ON "mandates" USING btree ("agent_account_id");--> statement-breakpoint
CREATE INDEX "one_time_codes_account_idx" ON "one_time_codes" USING btree ("account_id","purpose");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "certificate_copies_identifier_idx" ON "certificate_copies" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "certificate_events_identifier_idx" ON "certificate_events" USING btree ("identifier","id");--> statement-breakpoint
CREATE INDEX "certificates_holder_idx" ON "certificates" USING btree ("holder_kind","holder_id","type_slug");--> statement-breakpoint
CREATE INDEX "certificates_issuer_idx" ON "certificates" USING btree ("issuer_uscc");--> statement-breakpoint
CREATE INDEX "seals_owner_idx" ON "seals" USING btree ("owner_uscc","status");
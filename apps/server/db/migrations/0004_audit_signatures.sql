CREATE TABLE "audit_batch_seals" (
	"last_seq" bigint PRIMARY KEY NOT NULL,
	"first_seq" bigint NOT NULL,
	"head_link" text NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	"public_key" text NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "audit_batch_seals_first_seq_unique" UNIQUE("first_seq")
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"day" date PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"link_hash" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"public_key" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
-- Batch signatures are written once, like the entries they sign (platform/audit/audit.signing.ts).
CREATE FUNCTION "audit_batch_seals_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_batch_seals is append-only: % refused', TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_batch_seals_append_only" BEFORE UPDATE OR DELETE ON "audit_batch_seals" FOR EACH ROW EXECUTE FUNCTION "audit_batch_seals_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_batch_seals_no_truncate" BEFORE TRUNCATE ON "audit_batch_seals" FOR EACH STATEMENT EXECUTE FUNCTION "audit_batch_seals_append_only"();

ALTER TABLE "seals" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
-- Seals revoked before this column existed were revoked from the moment they were retired.
UPDATE "seals" SET "revoked_at" = "retired_at" WHERE "status" = 'revoked';

CREATE TABLE "sharing_consents" (
	"reference" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text NOT NULL,
	"valid_until" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "sharing_consents_subject_idx" ON "sharing_consents" USING btree ("subject_id","created_at");
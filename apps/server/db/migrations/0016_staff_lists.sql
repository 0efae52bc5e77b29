ALTER TABLE "cases" ADD COLUMN "search_terms" text;--> statement-breakpoint
CREATE INDEX "case_tasks_active_idx" ON "case_tasks" USING btree ("created_at","id") WHERE not synthetic and status in ('open', 'claimed', 'correction', 'special_procedure');--> statement-breakpoint
CREATE INDEX "cases_list_idx" ON "cases" USING btree ("created_at","id") WHERE not synthetic and status <> 'draft';--> statement-breakpoint
CREATE INDEX "cases_action_idx" ON "cases" USING btree ("created_at","id") WHERE not synthetic and status in ('submitted', 'correction_requested');--> statement-breakpoint
CREATE INDEX "cases_number_prefix_idx" ON "cases" USING btree ("case_number" text_pattern_ops) WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_applicant_prefix_idx" ON "cases" USING btree ("applicant_id" text_pattern_ops) WHERE not synthetic;--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin (to_tsvector('simple'::regconfig, "search_terms")) WHERE not synthetic and search_terms is not null;
--> statement-breakpoint
UPDATE "cases" SET "search_terms" = coalesce((
  SELECT string_agg(DISTINCT term, ' ') FROM (
    SELECT substr(txt, i, 2) AS term
      FROM (SELECT lower("cases"."applicant_name" || ' ' || "cases"."title") AS txt) s,
           generate_series(1, length(txt) - 1) AS i
     WHERE substr(txt, i, 1) ~ '[㐀-鿿豈-﫿]' AND substr(txt, i + 1, 1) ~ '[㐀-鿿豈-﫿]'
    UNION
    SELECT w FROM regexp_split_to_table(lower("cases"."applicant_name" || ' ' || "cases"."title"), '[^a-z0-9]+') AS w
     WHERE w <> ''
  ) terms), '') WHERE NOT "synthetic";

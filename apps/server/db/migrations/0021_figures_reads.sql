DROP INDEX "figures_rollups_parent_idx";--> statement-breakpoint
CREATE INDEX "figures_durations_read_idx" ON "figures_durations" USING btree ("grain","area","period_start","target","workdays","cases");--> statement-breakpoint
CREATE INDEX "figures_rollups_parent_total_idx" ON "figures_rollups" USING btree ("grain","parent","target","channel","period_start");
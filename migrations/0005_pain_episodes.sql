ALTER TABLE "pain_reports" ADD COLUMN "side" text;--> statement-breakpoint
ALTER TABLE "pain_reports" ADD COLUMN "episode_id" bigint;--> statement-breakpoint
ALTER TABLE "pain_reports" ADD CONSTRAINT "pain_reports_episode_id_pain_reports_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."pain_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pain_reports_episode_id_index" ON "pain_reports" USING btree ("episode_id");
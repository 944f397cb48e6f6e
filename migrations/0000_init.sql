CREATE TABLE "club_members" (
	"guild_id" text NOT NULL,
	"user_id" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "club_members_guild_id_user_id_pk" PRIMARY KEY("guild_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "clubs" (
	"guild_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"channel_id" text,
	"time_zone" text,
	"post_day" smallint,
	"post_time" smallint,
	"last_post_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "level_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"drill" text NOT NULL,
	"from_level" smallint NOT NULL,
	"from_reps_step" smallint NOT NULL,
	"to_level" smallint NOT NULL,
	"to_reps_step" smallint NOT NULL,
	"reason" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"user_id" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"time_zone" text,
	"enrolled_at" timestamp with time zone,
	"window_start" smallint,
	"window_end" smallint,
	"per_day" smallint,
	"explicit_times" smallint[],
	"days" smallint[],
	"jitter_seed" text NOT NULL,
	"dm_channel_id" text,
	"dms_closed_at" timestamp with time zone,
	"dms_closed_notice_sent_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pain_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"severity" smallint NOT NULL,
	"location" text NOT NULL,
	"drill" text,
	"context" text,
	"note" text,
	"source" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"interaction_id" text,
	CONSTRAINT "pain_reports_interaction_id_unique" UNIQUE("interaction_id"),
	CONSTRAINT "severity_range" CHECK ("pain_reports"."severity" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "pauses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "progressions" (
	"user_id" text NOT NULL,
	"drill" text NOT NULL,
	"level" smallint NOT NULL,
	"reps_step" smallint NOT NULL,
	"pain_free_sets" integer DEFAULT 0 NOT NULL,
	"practice_days" date[] DEFAULT '{}' NOT NULL,
	"hold_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progressions_user_id_drill_pk" PRIMARY KEY("user_id","drill")
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text DEFAULT 'drill' NOT NULL,
	"local_date" date NOT NULL,
	"slot" smallint NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"drill" text,
	"pain_report_id" bigint,
	"state" text DEFAULT 'planned' NOT NULL,
	"lease_until" timestamp with time zone,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"snoozes" smallint DEFAULT 0 NOT NULL,
	"channel_id" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"outcome" text,
	"answered_at" timestamp with time zone,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "set_logs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"guild_id" text,
	"drill" text NOT NULL,
	"sets" smallint NOT NULL,
	"level" smallint NOT NULL,
	"reps_step" smallint NOT NULL,
	"logged_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"source" text NOT NULL,
	"interaction_id" text,
	CONSTRAINT "sets_positive" CHECK ("set_logs"."sets" >= 1)
);
--> statement-breakpoint
CREATE TABLE "weekly_posts" (
	"guild_id" text NOT NULL,
	"week_start" date NOT NULL,
	"state" text NOT NULL,
	"lease_until" timestamp with time zone,
	"message_id" text,
	"posted_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "weekly_posts_guild_id_week_start_pk" PRIMARY KEY("guild_id","week_start")
);
--> statement-breakpoint
ALTER TABLE "club_members" ADD CONSTRAINT "club_members_guild_id_clubs_guild_id_fk" FOREIGN KEY ("guild_id") REFERENCES "public"."clubs"("guild_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "club_members" ADD CONSTRAINT "club_members_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_changes" ADD CONSTRAINT "level_changes_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_reports" ADD CONSTRAINT "pain_reports_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pauses" ADD CONSTRAINT "pauses_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progressions" ADD CONSTRAINT "progressions_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_pain_report_id_pain_reports_id_fk" FOREIGN KEY ("pain_report_id") REFERENCES "public"."pain_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "set_logs" ADD CONSTRAINT "set_logs_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_posts" ADD CONSTRAINT "weekly_posts_guild_id_clubs_guild_id_fk" FOREIGN KEY ("guild_id") REFERENCES "public"."clubs"("guild_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "club_members_user_id_index" ON "club_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "level_changes_user_id_changed_at_index" ON "level_changes" USING btree ("user_id","changed_at");--> statement-breakpoint
CREATE INDEX "level_changes_changed_at_index" ON "level_changes" USING btree ("changed_at");--> statement-breakpoint
CREATE INDEX "pain_reports_user_id_reported_at_index" ON "pain_reports" USING btree ("user_id","reported_at");--> statement-breakpoint
CREATE INDEX "pauses_user_id_started_at_index" ON "pauses" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_user_id_kind_local_date_slot_index" ON "reminders" USING btree ("user_id","kind","local_date","slot");--> statement-breakpoint
CREATE INDEX "reminders_due_idx" ON "reminders" USING btree ("due_at") WHERE "reminders"."state" in ('planned', 'sending');--> statement-breakpoint
CREATE UNIQUE INDEX "set_logs_interaction_id_drill_index" ON "set_logs" USING btree ("interaction_id","drill");--> statement-breakpoint
CREATE INDEX "set_logs_user_id_logged_at_index" ON "set_logs" USING btree ("user_id","logged_at");--> statement-breakpoint
CREATE INDEX "set_logs_logged_at_index" ON "set_logs" USING btree ("logged_at");
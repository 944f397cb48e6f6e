CREATE TABLE "guild_welcomes" (
	"guild_id" text PRIMARY KEY NOT NULL,
	"channel_id" text,
	"welcomed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_tips" (
	"user_id" text PRIMARY KEY NOT NULL,
	"shown_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "streak_warning" boolean DEFAULT false NOT NULL;
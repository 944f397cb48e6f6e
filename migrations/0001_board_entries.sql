CREATE TABLE "board_entries" (
	"guild_id" text NOT NULL,
	"week_start" date NOT NULL,
	"user_id" text NOT NULL,
	"capped_sets" integer NOT NULL,
	"active_days" smallint NOT NULL,
	"sets" integer NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "board_entries_guild_id_week_start_user_id_pk" PRIMARY KEY("guild_id","week_start","user_id")
);
--> statement-breakpoint
ALTER TABLE "board_entries" ADD CONSTRAINT "board_entries_guild_id_user_id_club_members_guild_id_user_id_fk" FOREIGN KEY ("guild_id","user_id") REFERENCES "public"."club_members"("guild_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill from the set logs already stored: the four weeks a board can show (BOARD_WEEKS_SHOWN in
-- src/app/board-entries.ts), in each club's zone (UTC until /club sets one). From here on the app
-- keeps entries current. 6 is SCORING.dailySetCap when this migration was written.
INSERT INTO "board_entries" ("guild_id", "week_start", "user_id", "capped_sets", "active_days", "sets", "reached_at")
SELECT w.guild_id, w.week_start, w.user_id, sum(least(d.sets, 6)), count(*), sum(d.sets), max(d.reached_at)
FROM (
	SELECT cm.guild_id, cm.user_id, coalesce(c.time_zone, 'UTC') AS zone,
	       (date_trunc('week', now() AT TIME ZONE coalesce(c.time_zone, 'UTC')) - k * interval '7 days')::date AS week_start
	FROM "club_members" cm
	JOIN "clubs" c ON c.guild_id = cm.guild_id
	CROSS JOIN generate_series(0, 3) AS k
) w
CROSS JOIN LATERAL (
	SELECT l.local_date, sum(l.sets) AS sets,
	       coalesce(min(l.logged_at) FILTER (WHERE l.running >= 6), max(l.logged_at)) AS reached_at
	FROM (
		SELECT s.local_date, s.sets, s.logged_at,
		       sum(s.sets) OVER (PARTITION BY s.local_date ORDER BY s.logged_at) AS running
		FROM "set_logs" s
		WHERE s.user_id = w.user_id
		  AND s.logged_at >= (w.week_start::timestamp AT TIME ZONE w.zone)
		  AND s.logged_at < ((w.week_start + 7)::timestamp AT TIME ZONE w.zone)
	) l
	GROUP BY l.local_date
) d
GROUP BY w.guild_id, w.week_start, w.user_id;

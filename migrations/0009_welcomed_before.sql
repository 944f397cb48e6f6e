-- Servers and members that used Dorsi before the welcome and the first-command tip existed have
-- already met it: an upgrade posts no welcome there and shows them no tip.
INSERT INTO "guild_welcomes" ("guild_id", "channel_id", "welcomed_at")
SELECT "guild_id", NULL, now() FROM "clubs"
UNION
SELECT DISTINCT "guild_id", NULL, now() FROM "club_members"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "member_tips" ("user_id", "shown_at")
SELECT "user_id", now() FROM "members"
ON CONFLICT DO NOTHING;

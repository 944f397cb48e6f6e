ALTER TABLE "progressions" ADD COLUMN "practice" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Each stored practice day gets its share of the stored pain-free sets, at most 3 (the daily cap of
-- domain/step-up.rules.ts); a progression on hold keeps none, since sets during a hold no longer count.
UPDATE "progressions" AS p SET "practice" = (
  SELECT jsonb_agg(jsonb_build_object('date', d.day, 'sets', least(3, greatest(1,
      p.pain_free_sets / cardinality(p.practice_days)
      + CASE WHEN d.n <= p.pain_free_sets % cardinality(p.practice_days) THEN 1 ELSE 0 END))) ORDER BY d.day)
  FROM unnest(p.practice_days) WITH ORDINALITY AS d(day, n)
)
WHERE cardinality(p.practice_days) > 0 AND (p.hold_until IS NULL OR p.hold_until <= now());--> statement-breakpoint
ALTER TABLE "progressions" DROP COLUMN "pain_free_sets";--> statement-breakpoint
ALTER TABLE "progressions" DROP COLUMN "practice_days";

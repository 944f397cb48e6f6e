import type { Drill, Level } from "../../domain/drills.js";
import type { Translator } from "../../i18n/i18n.js";

/** "Flexed-knee matrix" in the reader's language. */
export function drillLabel(tr: Translator, drill: Drill): string {
  return tr.t(`drills.label.${drill}`);
}

/** "Flexed-knee 3-way ankle matrix" in the reader's language. */
export function drillName(tr: Translator, drill: Drill): string {
  return tr.t(`drills.name.${drill}`);
}

/** "Level 1 · half-kneeling" in the reader's language. */
export function levelTitle(tr: Translator, drill: Drill, level: Level): string {
  return tr.t("drills.levelWithTitle", { level, title: tr.t(`drills.levelTitle.${drill}.level${level}`) });
}

import { ActionRowBuilder, ButtonBuilder, ButtonStyle, StringSelectMenuBuilder } from "discord.js";
import type { PainChange } from "../../app/report-pain.usecases.js";
import { ASKED_SIGNS, NO_SIGN, SIGN_CHOICES, type SignFinding } from "../../domain/warning-signs.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { describeBackOffOutcome } from "./progression.render.js";

/** The warning-sign question after a report: `pain-signs:<member>:<report>` (`:none` for the button). */
export const SIGNS_PREFIX = "pain-signs";
/** "I've been seen", on an urgent reply: `pain-seen:<member>`. */
export const SEEN_PREFIX = "pain-seen";

/** The options of a sign menu: the signs a member can pick, and "none" where the menu offers it. */
export function signOptions(tr: Translator, withNone: boolean): { label: string; value: string }[] {
  const values = withNone ? SIGN_CHOICES : ASKED_SIGNS;
  return values.map((value) => ({ label: tr.t(`signs.label.${value}`), value }));
}

/** "numbness or tingling and pain at night or at rest", inside a sentence. */
function signsSaid(finding: SignFinding, tr: Translator): string {
  return tr.list(finding.signs.map((sign) => tr.t(`signs.said.${sign}`)));
}

/**
 * An urgent sign, in words: get seen today, stop the drills, reminders paused until seen, then how
 * the plan will start again. No "keep going" anywhere near it.
 */
export function urgentLines(finding: SignFinding, changes: readonly PainChange[], tr: Translator): string[] {
  return [
    tr.t("signs.urgent.seen", { signs: signsSaid(finding, tr) }),
    tr.t("signs.urgent.stop"),
    tr.t("signs.urgent.paused"),
    ...(changes.length > 0 ? [tr.t("signs.urgent.comeBack")] : []),
    ...changes.map((change) => describeBackOffOutcome(change.drill, change.outcome, tr)),
  ];
}

/** A sign of the "soon" tier: see a physician or physiotherapist in the next days. */
export function soonLine(finding: SignFinding, tr: Translator): string {
  return tr.t("signs.soon", { signs: signsSaid(finding, tr) });
}

/** The multi-select of signs and the "None of these" button, owned by the member, about one report. */
export function signQuestionRows(
  userId: string,
  reportId: number,
  tr: Translator,
): [ActionRowBuilder<StringSelectMenuBuilder>, ActionRowBuilder<ButtonBuilder>] {
  return [
    new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
      new StringSelectMenuBuilder()
        .setCustomId(customId(SIGNS_PREFIX, userId, reportId))
        .setPlaceholder(tr.t("signs.placeholder"))
        .setMinValues(1)
        .setMaxValues(ASKED_SIGNS.length)
        .addOptions(signOptions(tr, false)),
    ),
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(customId(SIGNS_PREFIX, userId, reportId, NO_SIGN))
        .setLabel(tr.t("signs.button.none"))
        .setStyle(ButtonStyle.Secondary),
    ),
  ];
}

/** The one button of an urgent reply. */
export function seenRow(userId: string, tr: Translator): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(SEEN_PREFIX, userId))
      .setLabel(tr.t("signs.button.seen"))
      .setStyle(ButtonStyle.Primary),
  );
}

import {
  ActionRowBuilder,
  type APIEmbed,
  AttachmentBuilder,
  type BaseMessageOptions,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
} from "discord.js";
import type { MeasureHistory, RecordedMeasure } from "../../app/measure.usecases.js";
import {
  ANKLE_SIDES,
  type AnkleSide,
  type DatedMeasure,
  MEASUREMENT_ERROR_MM,
  measureStanding,
  type SideReading,
  STIFFER_SIDE_MM,
  TYPICAL_HIGH_MM,
  TYPICAL_LOW_MM,
} from "../../domain/measure.rules.js";
import type { ReminderContent } from "../../domain/reminders.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { BRAND_COLOUR } from "./colours.render.js";
import { loadCharts } from "./load-charts.render.js";

export const MEASURE_HOW_PREFIX = "measure-how";
const CHART_FILE = "measure.png";
const MM_PER_CM = 10;
/** Newest first; the chart shows them all. */
const HISTORY_LINES = 12;

const tenths = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** "11.5 cm", "11,5 cm". */
function cm(mm: number, tr: Translator): string {
  return tr.t("measure.cm", { value: tr.number(mm / MM_PER_CM, tenths) });
}

/** "+1.5 cm", "−2,0 cm". */
function signedCm(mm: number, tr: Translator): string {
  return tr.t("measure.cm", { value: tr.number(mm / MM_PER_CM, { ...tenths, signDisplay: "exceptZero" }) });
}

/** A local date in the reader's words ("24 Nov 2026"); calendar days format in UTC. */
function dateText(localDate: string, tr: Translator): string {
  return new Intl.DateTimeFormat(tr.intl, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

/** "Left 9.5 cm · Right 11.5 cm", or the one side measured. */
function values(measure: DatedMeasure, tr: Translator): string {
  return ANKLE_SIDES.flatMap((side) => {
    const mm = measure[side];
    return mm === null ? [] : [`${tr.t(`measure.side.${side}`)} ${cm(mm, tr)}`];
  }).join(" · ");
}

function changeLine(reading: SideReading, tr: Translator): string | null {
  if (!reading.change) return null;
  const { kind, deltaMm, sinceDate } = reading.change;
  return tr.t(`measure.record.change.${kind}`, {
    side: tr.t(`measure.side.${reading.side}`),
    delta: signedCm(deltaMm, tr),
    date: dateText(sinceDate, tr),
    error: cm(MEASUREMENT_ERROR_MM, tr),
  });
}

/** What a new measure means: both sides and the difference, the stiffer side, the typical range, the change. */
function readingLines(recorded: RecordedMeasure, tr: Translator): string[] {
  const { reading } = recorded;
  const lines: string[] = [];
  const [left, right] = [
    reading.sides.find((s) => s.side === "left"),
    reading.sides.find((s) => s.side === "right"),
  ];
  if (left && right && reading.difference) {
    lines.push(
      tr.t("measure.record.both", {
        left: cm(left.mm, tr),
        right: cm(right.mm, tr),
        difference: cm(reading.difference.mm, tr),
      }),
    );
    lines.push(
      reading.difference.stiffer
        ? tr.t(`measure.record.stiffer.${reading.difference.stiffer}`)
        : tr.t("measure.record.normal", { limit: cm(STIFFER_SIDE_MM, tr) }),
    );
  } else {
    for (const side of reading.sides)
      lines.push(
        tr.t("measure.record.one", { side: tr.t(`measure.side.${side.side}`), value: cm(side.mm, tr) }),
      );
  }
  for (const side of reading.sides.filter((s) => s.belowTypical)) {
    lines.push(
      tr.t("measure.record.belowTypical", {
        side: tr.t(`measure.side.${side.side}`),
        value: cm(side.mm, tr),
        low: cm(TYPICAL_LOW_MM, tr),
      }),
    );
  }
  lines.push(...reading.sides.flatMap((side) => changeLine(side, tr) ?? []));
  if (recorded.replaced) lines.push(tr.t("measure.record.replaced"));
  return lines;
}

function howToEmbed(tr: Translator): APIEmbed {
  return new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t("measure.how.title"))
    .setDescription(`${tr.t("measure.how.steps")}\n\n${tr.t("measure.how.next")}`)
    .toJSON();
}

/** The member's measures as a PNG attachment, or nothing before their first. */
async function chartFile(history: readonly DatedMeasure[], tr: Translator): Promise<AttachmentBuilder[]> {
  if (history.length === 0) return [];
  const png = await (await loadCharts()).renderMeasureChart(
    {
      points: history.map((measure) => ({
        localDate: measure.localDate,
        left: measure.left === null ? null : measure.left / MM_PER_CM,
        right: measure.right === null ? null : measure.right / MM_PER_CM,
      })),
      typical: { low: TYPICAL_LOW_MM / MM_PER_CM, high: TYPICAL_HIGH_MM / MM_PER_CM },
    },
    tr,
  );
  return [new AttachmentBuilder(png, { name: CHART_FILE })];
}

/** The /measure reply to numbers: what they mean, and the chart of every measure so far. */
export async function renderMeasureReply(
  recorded: RecordedMeasure,
  tr: Translator,
): Promise<BaseMessageOptions> {
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t("measure.record.title", { date: dateText(recorded.reading.localDate, tr) }))
    .setDescription(readingLines(recorded, tr).join("\n"))
    .setImage(`attachment://${CHART_FILE}`)
    .setFooter({ text: tr.t("measure.record.footer") });
  return { embeds: [embed.toJSON()], files: await chartFile(recorded.history, tr) };
}

/** The /measure reply without numbers: how to do the test, the history and its chart. */
export async function renderMeasureGuide(
  measures: MeasureHistory,
  tr: Translator,
): Promise<BaseMessageOptions> {
  const newestFirst = [...measures.history].reverse();
  const history = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t("measure.history.title"))
    .setDescription(
      newestFirst.length === 0
        ? tr.t("measure.history.none")
        : newestFirst
            .slice(0, HISTORY_LINES)
            .map((measure) =>
              tr.t("measure.history.line", {
                date: dateText(measure.localDate, tr),
                values: values(measure, tr),
              }),
            )
            .join("\n"),
    );
  if (newestFirst.length > 0) history.setImage(`attachment://${CHART_FILE}`);
  return { embeds: [howToEmbed(tr), history.toJSON()], files: await chartFile(measures.history, tr) };
}

/** The instructions alone, for the invitation's button. */
export function renderMeasureHowTo(tr: Translator): BaseMessageOptions {
  return { embeds: [howToEmbed(tr)] };
}

/** The knee-to-wall embed of /progress (latest figures, the stiffer side) and its chart; none before a first measure. */
export async function renderMeasureProgress(
  history: readonly DatedMeasure[],
  tr: Translator,
): Promise<{ embeds: APIEmbed[]; files: AttachmentBuilder[] }> {
  const latest = history.at(-1);
  const standing = measureStanding(history);
  if (!latest) return { embeds: [], files: [] };
  const lines: string[] = [
    tr.t("measure.progress.latest", { values: values(latest, tr), date: dateText(latest.localDate, tr) }),
  ];
  if (standing.stiffer) {
    lines.push(
      tr.t(`measure.progress.stiffer.${standing.stiffer.side}`, {
        behind: cm(standing.stiffer.behindMm, tr),
      }),
    );
  }
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t("measure.progress.title"))
    .setDescription(lines.join("\n"))
    .setImage(`attachment://${CHART_FILE}`);
  return { embeds: [embed.toJSON()], files: await chartFile(history, tr) };
}

/** The line a drill reminder carries while one side is 1.5 cm or more behind. */
export function stifferSideLine(stiffer: { side: AnkleSide; behindMm: number }, tr: Translator): string {
  return tr.t(`measure.reminder.stiffer.${stiffer.side}`, { behind: cm(stiffer.behindMm, tr) });
}

/** The invitation DM: a re-test after four weeks or a first measure, with the instructions a tap away. */
export function renderMeasureInvite(
  content: Extract<ReminderContent, { kind: "measure-invite" }>,
  tr: Translator,
) {
  const button = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(MEASURE_HOW_PREFIX))
      .setLabel(tr.t("measure.invite.button"))
      .setStyle(ButtonStyle.Primary),
  );
  return {
    content: tr.t(content.lastMeasuredOn ? "measure.invite.retest" : "measure.invite.first"),
    embeds: [],
    components: [button.toJSON()],
    allowed_mentions: { parse: [] as [] },
  };
}

import { ActionRowBuilder, type APIEmbed, ButtonBuilder, ButtonStyle, EmbedBuilder } from "discord.js";
import { CHECK_IN_ANSWERS, type RunReminderContent } from "../../domain/run-plan.rules.js";
import type { WarmupRoutine } from "../../domain/run-warmup.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.render.js";
import { type PictureRef, pictureAttachments } from "./drill-pictures.render.js";
import { drillLabel, drillSteps, levelTitle } from "./drill-words.render.js";
import { stifferSideLine } from "./measure.render.js";
import type { ReminderMessage } from "./reminder.render.js";
import { discordTime } from "./time.render.js";

export const RUN_WARMUP_PREFIX = "run-warmup";
export const RUN_CHECK_PREFIX = "run-check";
/** The warm-up's buttons: Done logs a set of each matrix, Skip, and That hurt opens the pain form. */
const WARMUP_ACTIONS = ["done", "skip", "hurt"] as const;

/**
 * A warm-up DM (a card per matrix with its picture, when given, and the stiffer side's line) or an
 * after-run check-in, in the member's language.
 */
export function renderRunReminder(
  content: RunReminderContent,
  tr: Translator,
  pictures: readonly PictureRef[] = [],
): ReminderMessage {
  const start = discordTime(content.startAt, "t");
  if (content.kind === "run-check") {
    const question = content.terrain === "road" ? "runs.checkIn.questionRoad" : "runs.checkIn.question";
    const buttons = CHECK_IN_ANSWERS.map((answer) =>
      new ButtonBuilder()
        .setCustomId(customId(RUN_CHECK_PREFIX, content.reminderId, answer))
        .setLabel(tr.t(`runs.button.${answer}`))
        .setStyle(answer === "fine" ? ButtonStyle.Success : ButtonStyle.Secondary),
    );
    return message(tr.t(question, { start }), [], buttons);
  }
  const intro = tr.t("runs.warmup.intro", { start, minutes: Math.ceil(content.routine.seconds / 60) });
  const lines = [
    intro,
    ...(content.routine.forwardFirst ? [tr.t("runs.warmup.forwardFirst")] : []),
    ...(content.stiffer ? [stifferSideLine(content.stiffer, tr)] : []),
  ];
  const buttons = WARMUP_ACTIONS.map((action) =>
    new ButtonBuilder()
      .setCustomId(customId(RUN_WARMUP_PREFIX, content.reminderId, action))
      .setLabel(tr.t(`runs.button.${action}`))
      .setStyle(
        action === "done"
          ? ButtonStyle.Success
          : action === "hurt"
            ? ButtonStyle.Danger
            : ButtonStyle.Secondary,
      ),
  );
  return {
    ...message(lines.join("\n"), warmupCards(content.routine, pictures, tr), buttons),
    ...pictureAttachments(pictures),
  };
}

/**
 * One card per matrix, as a drill reminder shows it: set-up, the motions named by their arrows'
 * numbers with the reps, the level's safety line, and the picture below. The last card's footer says
 * what Done logs.
 */
function warmupCards(routine: WarmupRoutine, pictures: readonly PictureRef[], tr: Translator): APIEmbed[] {
  return routine.matrices.map(({ drill, level }, index) => {
    const card = drillSteps(drill, level, tr);
    const last = index === routine.matrices.length - 1;
    const embed = new EmbedBuilder()
      .setColor(drill === "flexed-knee" ? BRAND_COLOUR : WARNING_COLOUR)
      .setTitle(`${drillLabel(tr, drill)} · ${levelTitle(tr, drill, level)}`)
      .setDescription(card.setup)
      .addFields(
        routine.steps
          .filter((step) => step.drill === drill)
          .flatMap((step) =>
            card.motions
              .filter((motion) => motion.plane === step.plane)
              .map((motion) => ({
                name: tr.t("runs.warmup.step", { motion: motion.name, reps: step.reps }),
                value: motion.cue,
              })),
          ),
      )
      .setFooter({ text: last ? `${card.safety} ${tr.t("runs.warmup.footer")}` : card.safety });
    const picture = pictures.find((candidate) => candidate.drill === drill);
    if (picture) embed.setImage(`attachment://${picture.name}`);
    return embed.toJSON();
  });
}

function message(content: string, embeds: APIEmbed[], buttons: ButtonBuilder[]): ReminderMessage {
  return {
    content,
    embeds,
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON()],
    allowed_mentions: { parse: [] },
  };
}

import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
} from "discord.js";
import { DRILLS } from "../../domain/drills.rules.js";
import { CHECK_IN_ANSWERS, type RunReminderContent } from "../../domain/run-plan.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { BRAND_COLOUR } from "./colours.render.js";
import { drillLabel, drillSteps, levelTitle } from "./drill-words.render.js";
import { discordTime } from "./time.render.js";

export const RUN_WARMUP_PREFIX = "run-warmup";
export const RUN_CHECK_PREFIX = "run-check";
/** The warm-up's buttons: Done logs a set of each matrix, Skip, and That hurt opens the pain form. */
const WARMUP_ACTIONS = ["done", "skip", "hurt"] as const;

interface RunReminderMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
}

/** A warm-up DM (the routine, step by step) or an after-run check-in, in the member's language. */
export function renderRunReminder(content: RunReminderContent, tr: Translator): RunReminderMessage {
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
  const { routine } = content;
  const levelOf = (drill: (typeof DRILLS)[number]) =>
    routine.steps.find((step) => step.drill === drill)?.level ?? 1;
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setDescription(
      DRILLS.map((drill) => {
        const level = levelOf(drill);
        return `**${drillLabel(tr, drill)} · ${levelTitle(tr, drill, level)}**\n${drillSteps(drill, level, tr).setup}`;
      }).join("\n\n"),
    )
    .addFields(
      routine.steps.map((step) => ({
        name: tr.t("runs.warmup.step", {
          drill: drillLabel(tr, step.drill),
          plane: tr.t(`drills.plane.${step.plane}`),
          reps: step.reps,
        }),
        value: tr.t(`drills.howTo.${step.drill}.level${step.level}.${step.plane}`),
      })),
    )
    .setFooter({ text: tr.t("runs.warmup.footer") });
  const intro = tr.t("runs.warmup.intro", { start, minutes: Math.ceil(routine.seconds / 60) });
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
  const why = routine.forwardFirst ? `\n${tr.t("runs.warmup.forwardFirst")}` : "";
  return message(`${intro}${why}`, [embed.toJSON()], buttons);
}

function message(content: string, embeds: APIEmbed[], buttons: ButtonBuilder[]): RunReminderMessage {
  return {
    content,
    embeds,
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON()],
    allowed_mentions: { parse: [] },
  };
}

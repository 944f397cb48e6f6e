import { type BaseMessageOptions, EmbedBuilder } from "discord.js";
import { type ClubSetup, POST_DAYS } from "../../app/club.usecases.js";
import {
  BOARD_PERMISSIONS,
  type BoardPermission,
  type PostFailureNote,
} from "../../app/weekly-posts.usecases.js";
import { formatClockTime } from "../../domain/time-input.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { WARNING_COLOUR } from "./colours.render.js";
import { NO_MENTIONS, weekRangeLabel } from "./leaderboard.render.js";
import { discordTime } from "./time.render.js";

/** Discord's names of these permissions in the reader's language, as one list. */
function permissionList(permissions: readonly BoardPermission[], tr: Translator): string {
  return tr.list(permissions.map((permission) => tr.t(`board.permission.${permission}`)));
}

function warning(title: string, description: string): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(WARNING_COLOUR)
    .setTitle(title)
    .setDescription(description.slice(0, 4000));
}

/**
 * /club's ephemeral reply, in the admin's language: the settings, the next post, a post already
 * due, the permissions the bot lacks in the channel (null: could not check) and why the last post failed.
 */
export function renderClubSetup(
  setup: ClubSetup,
  missingPermissions: readonly BoardPermission[] | null,
  tr: Translator,
): BaseMessageOptions {
  const day = POST_DAYS[setup.postDay - 1] ?? "mon";
  const lines: string[] = [
    tr.t("board.club.schedule", {
      channel: setup.channelId,
      day: tr.t(`board.club.every.${day}`),
      time: formatClockTime(setup.postTime),
      zone: setup.timeZone,
    }),
    tr.t("board.club.next", {
      at: discordTime(setup.nextPostAt, "F"),
      relative: discordTime(setup.nextPostAt, "R"),
    }),
  ];
  if (setup.pendingPost) {
    lines.push(
      tr.t("board.club.pending", {
        week: weekRangeLabel(setup.pendingPost.week.startLocalDate, tr),
        relative: discordTime(setup.pendingPost.dueAt, "R"),
      }),
    );
  }
  const embeds: EmbedBuilder[] = [];
  if (missingPermissions === null) {
    lines.push(tr.t("board.club.unchecked", { permissions: permissionList(BOARD_PERMISSIONS, tr) }));
  } else if (missingPermissions.length > 0) {
    const missing = tr.t("board.club.missing", {
      count: missingPermissions.length,
      permissions: permissionList(missingPermissions, tr),
      channel: setup.channelId,
    });
    embeds.push(warning(tr.t("board.club.cantPostTitle"), missing));
  }
  if (setup.previousPostError) {
    embeds.push(
      warning(tr.t("board.club.lastPostFailedTitle"), renderPostFailure(setup.previousPostError, tr)),
    );
  }
  return { content: lines.join("\n"), embeds, allowedMentions: NO_MENTIONS };
}

/** Why a weekly post failed, in the admin's language; a failure stored as plain text is shown as it is. */
function renderPostFailure(failure: PostFailureNote, tr: Translator): string {
  switch (failure.code) {
    case "text":
      return failure.text;
    case "missing-channel":
      return tr.t("board.postFailure.missingChannel", {
        week: weekRangeLabel(failure.week, tr),
        channel: failure.channelId,
      });
    case "missing-permission": {
      const said = {
        week: weekRangeLabel(failure.week, tr),
        channel: failure.channelId,
        all: permissionList(BOARD_PERMISSIONS, tr),
      };
      return failure.missing.length === 0
        ? tr.t("board.postFailure.missingSomePermission", said)
        : tr.t("board.postFailure.missingPermission", {
            ...said,
            missing: permissionList(failure.missing, tr),
          });
    }
  }
}

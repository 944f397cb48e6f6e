import type { Drill, Level } from "../../domain/drills.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { drillName, levelTitle } from "./drill-words.render.js";

/**
 * The picture of each matrix at each level, for /drills and the DMs that ask for a drill. The pictures
 * carry numbers, not words, so one PNG serves every language; its alt text and the motion names beside
 * it are in the reader's language.
 */

/** A picture ready to attach: `attachment://<name>` in an embed points at it. */
interface DrillPicture {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * Drawn at the first message that needs it and kept for the life of the process (8 PNGs of about
 * 40 KB). The drawing code and Skia load only then, so a bot that never shows one does not pay for them.
 */
const drawn = new Map<string, Promise<Buffer>>();

export async function drillPicture(drill: Drill, level: Level): Promise<DrillPicture> {
  const name = `${drill}-level-${level}.png`;
  let png = drawn.get(name);
  if (png === undefined) {
    png = import("./picture-draw.render.js").then((module) => module.renderDrillPicture(drill, level));
    drawn.set(name, png);
    // A failed drawing is tried again by the next message rather than failing every later one.
    png.catch(() => drawn.delete(name));
  }
  return { name, data: await png };
}

/** A picture as a message's JSON refers to it: `attachment://<name>` in an embed, and its alt text. */
export interface PictureRef {
  readonly drill: Drill;
  readonly name: string;
  readonly description: string;
}

/**
 * The pictures of these matrices at these levels, ready for a DM: what its JSON refers to and the
 * files to upload, in the same order (the message's `attachments` ids are the files' indexes).
 */
export async function drillPictureUploads(
  matrices: readonly { readonly drill: Drill; readonly level: Level }[],
  tr: Translator,
): Promise<{ refs: PictureRef[]; files: { name: string; data: Buffer; contentType: string }[] }> {
  const uploads = await Promise.all(
    matrices.map(async ({ drill, level }) => {
      const { name, data } = await drillPicture(drill, level);
      return {
        ref: { drill, name, description: drillPictureAlt(drill, level, tr) },
        file: { name, data, contentType: "image/png" },
      };
    }),
  );
  return { refs: uploads.map((upload) => upload.ref), files: uploads.map((upload) => upload.file) };
}

/** An uploaded picture in a message's JSON: `id` is its index among the message's files. */
export interface PictureAttachment {
  id: number;
  filename: string;
  description: string;
}

/** A message's `attachments` for pictures uploaded as files[0], files[1], ... in this order. */
export function pictureAttachments(pictures: readonly PictureRef[]): { attachments?: PictureAttachment[] } {
  if (pictures.length === 0) return {};
  return {
    attachments: pictures.map((picture, id) => ({
      id,
      filename: picture.name,
      description: picture.description,
    })),
  };
}

/** The picture's description for screen readers: the three panels and where each arrow goes. */
export function drillPictureAlt(drill: Drill, level: Level, tr: Translator): string {
  return tr.t("pictures.alt", {
    title: `${drillName(tr, drill)} · ${levelTitle(tr, drill, level)}`,
    setup: tr.t(`pictures.setup.${drill}.level${level}`),
    tilt: tr.t(`pictures.tilt.${drill}`),
    rotation: tr.t(`pictures.rotation.${drill}`),
  });
}

import type { APIEmbed, APIMessageTopLevelComponent } from "discord.js";
import { emptyMessage, invalidFormBody } from "./errors.js";
import type { UploadedFile } from "./multipart.js";
import { snowflake } from "./snowflake.js";
import type { MessageInput, RecordedAttachment } from "./state.js";

/** The message fields of a create/edit/callback body that the double understands. */
interface RawMessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  attachments?: { id: string | number; description?: string | null }[] | null;
  nonce?: string | number | null;
  enforce_nonce?: boolean;
  poll?: unknown;
  sticker_ids?: unknown[];
}

export interface ParsedMessage {
  input: MessageInput;
  nonce: string | number | null;
  enforceNonce: boolean;
}

const MAX_CONTENT = 2000;
const MAX_EMBEDS = 10;

/** Normalises and validates a message body; `existing` holds the attachments of the message being edited. */
export function parseMessageBody(
  body: unknown,
  files: UploadedFile[],
  existing?: RecordedAttachment[],
): ParsedMessage {
  const raw = (body ?? {}) as RawMessageBody;
  validate(raw);
  const input: MessageInput = {};
  if (raw.content !== undefined) input.content = raw.content ?? "";
  if (raw.embeds !== undefined) input.embeds = raw.embeds ?? [];
  if (raw.components !== undefined) input.components = raw.components ?? [];
  if (raw.flags !== undefined) input.flags = raw.flags ?? 0;
  const attachments = resolveAttachments(raw.attachments ?? undefined, files, existing);
  if (attachments) input.attachments = attachments;
  if (!existing && isEmpty(input, raw)) throw emptyMessage();
  return { input, nonce: raw.nonce ?? null, enforceNonce: raw.enforce_nonce === true };
}

function validate(raw: RawMessageBody): void {
  if (typeof raw.content === "string" && raw.content.length > MAX_CONTENT) {
    throw invalidFormBody({
      content: { code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${MAX_CONTENT} or fewer in length.` },
    });
  }
  if (raw.embeds && raw.embeds.length > MAX_EMBEDS) {
    throw invalidFormBody({
      embeds: { code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${MAX_EMBEDS} or fewer in length.` },
    });
  }
}

function isEmpty(input: MessageInput, raw: RawMessageBody): boolean {
  return (
    !input.content &&
    !input.embeds?.length &&
    !input.components?.length &&
    !input.attachments?.length &&
    raw.poll === undefined &&
    !raw.sticker_ids?.length
  );
}

/**
 * Discord's rules: listed ids keep existing attachments or point at `files[n]` by index;
 * with no list, an edit keeps what it had and appends uploads.
 */
function resolveAttachments(
  listed: RawMessageBody["attachments"] | undefined,
  files: UploadedFile[],
  existing: RecordedAttachment[] | undefined,
): RecordedAttachment[] | undefined {
  if (!listed) {
    if (files.length === 0) return undefined;
    return [...(existing ?? []), ...files.map((file) => fromUpload(file, null))];
  }
  const used = new Set<UploadedFile>();
  const result: RecordedAttachment[] = [];
  for (const entry of listed) {
    const id = String(entry.id);
    const kept = existing?.find((attachment) => attachment.id === id);
    const upload = files.find((file) => String(file.index) === id);
    if (kept) result.push(kept);
    else if (upload) {
      used.add(upload);
      result.push(fromUpload(upload, entry.description ?? null));
    }
  }
  for (const file of files) if (!used.has(file)) result.push(fromUpload(file, null));
  return result;
}

function fromUpload(file: UploadedFile, description: string | null): RecordedAttachment {
  return {
    id: snowflake(),
    filename: file.filename,
    contentType: file.contentType,
    size: file.data.length,
    description,
    data: file.data,
  };
}

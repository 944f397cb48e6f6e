/** A file uploaded as `files[n]` in a multipart body. */
export interface UploadedFile {
  index: number;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  json: unknown;
  files: UploadedFile[];
}

const FILE_FIELD = /^files\[(\d+)\]$/;

/** Decodes a JSON or multipart (`payload_json` + `files[n]`) request body. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { json: undefined, files: [] };
  if (!contentType?.startsWith("multipart/form-data"))
    return { json: JSON.parse(raw.toString("utf8")), files: [] };

  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const files: UploadedFile[] = [];
  let json: unknown;
  for (const [name, value] of form) {
    if (name === "payload_json" && typeof value === "string") {
      json = JSON.parse(value);
      continue;
    }
    const match = FILE_FIELD.exec(name);
    if (match?.[1] !== undefined && typeof value !== "string") {
      files.push({
        index: Number(match[1]),
        filename: value.name,
        contentType: value.type || "application/octet-stream",
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
  }
  return { json, files };
}

/** Discord's field-level validation errors, as found under `errors` in a 50035 response. */
export type FieldErrors = Record<string, unknown>;

/** A failure the REST router turns into a Discord-shaped JSON error response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldErrors,
  ) {
    super(message);
  }

  toJSON(): { message: string; code: number; errors?: FieldErrors } {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

export const unauthorized = () => new ApiError(401, 0, "401: Unauthorized");
export const notFound = () => new ApiError(404, 0, "404: Not Found");
export const unknownChannel = () => new ApiError(404, 10003, "Unknown Channel");
export const unknownGuild = () => new ApiError(404, 10004, "Unknown Guild");
export const unknownMember = () => new ApiError(404, 10007, "Unknown Member");
export const unknownMessage = () => new ApiError(404, 10008, "Unknown Message");
export const unknownUser = () => new ApiError(404, 10013, "Unknown User");
export const unknownWebhook = () => new ApiError(404, 10015, "Unknown Webhook");
export const unknownInteraction = () => new ApiError(404, 10062, "Unknown interaction");
export const unknownCommand = () => new ApiError(404, 10063, "Unknown application command");
export const alreadyAcknowledged = () =>
  new ApiError(400, 40060, "Interaction has already been acknowledged.");
export const emptyMessage = () => new ApiError(400, 50006, "Cannot send an empty message");
export const cannotMessageUser = () => new ApiError(403, 50007, "Cannot send messages to this user");

/** 50035 with Discord's nested error tree; paths are dotted, e.g. `"options.0.name"`. */
export function invalidFormBody(fields: Record<string, { code: string; message: string }>): ApiError {
  const errors: FieldErrors = {};
  for (const [path, error] of Object.entries(fields)) {
    let node = errors;
    for (const key of path.split(".")) {
      node[key] ??= {};
      node = node[key] as FieldErrors;
    }
    node._errors = [error];
  }
  return new ApiError(400, 50035, "Invalid Form Body", errors);
}

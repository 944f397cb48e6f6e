import type { Result } from "../domain/result.js";
import { type Message, type MessageKey, problemMessage } from "../i18n/i18n.js";

/**
 * An expected problem with what the member asked for: a catalog key and its variables, shown to
 * them ephemerally in their language. Write the sentence to say what to type instead.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  readonly said: Message;

  constructor(key: MessageKey, params?: Message["params"]) {
    super(key);
    this.said = params === undefined ? { key } : { key, params };
  }
}

/** The value of a domain rule's Result, or the UserError that tells the member its problem. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { key, params } = problemMessage(result.problem);
  throw new UserError(key, params);
}

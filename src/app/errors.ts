import type { Problem } from "../domain/result.js";
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

  /** The UserError for a problem a domain rule returned. */
  static of(problem: Problem): UserError {
    const { key, params } = problemMessage(problem);
    return new UserError(key, params);
  }
}

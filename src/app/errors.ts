/**
 * An expected problem with what the member asked for. Its message is shown to them, ephemerally,
 * as is: write it as a polite sentence that says what to type instead.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

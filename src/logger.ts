import { pino } from "pino";

export type Logger = pino.Logger;

/**
 * JSON logs on stdout. Secrets never reach a log line: known secret keys are censored wherever they
 * appear, and `secrets` (the token) are scrubbed from every serialised line as a last resort.
 */
export function createLogger(level: string, secrets: readonly string[] = []): Logger {
  const scrub = secrets.filter((secret) => secret.length >= 8);
  const destination = pino.destination({ sync: true });
  return pino(
    {
      level,
      redact: {
        paths: [
          "token",
          "*.token",
          "discordToken",
          "*.discordToken",
          "headers.authorization",
          "*.headers.authorization",
        ],
        censor: "[secret]",
      },
    },
    scrub.length === 0
      ? destination
      : {
          write(line: string) {
            let clean = line;
            for (const secret of scrub) clean = clean.replaceAll(secret, "[secret]");
            destination.write(clean);
          },
        },
  );
}

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The bot (or another of the repository's programs) as a child process, as an operator runs it. */

export const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = path.join(root, "node_modules", ".bin", "tsx");

export interface BotProcess {
  readonly child: ChildProcess;
  readonly spawnedAt: number;
  output(): string;
  /** performance.now() at which the first line matching `pattern` was seen, and the line. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<{ at: number; line: string }>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** A program and its arguments, paths absolute so that it runs from any working directory. */
export type Command = readonly [program: string, args: readonly string[]];

/** The Docker image's `CMD ["node", <flags>, "dist/main.js"]`, with this node and paths under root. */
export function dockerCommand(): Command {
  const cmd = readFileSync(path.join(root, "Dockerfile"), "utf8").match(/^CMD (\[.*\])$/m)?.[1];
  if (!cmd) throw new Error("the Dockerfile has no CMD [...] line");
  const [program, ...args] = JSON.parse(cmd) as string[];
  if (program !== "node") throw new Error(`the Dockerfile's CMD runs ${program}, not node`);
  return [process.execPath, args.map(underRoot)];
}

/** package.json's `npm start` (`tsx <flags> src/main.ts`), or another script run by tsx, with the local tsx and paths under root. */
export function npmStartCommand(script = "start"): Command {
  const { scripts } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const [program, ...args] = (scripts[script] ?? "").split(/\s+/);
  if (program !== "tsx") throw new Error(`npm run ${script} runs ${program}, not tsx`);
  return [tsx, args.map(underRoot)];
}

/** A TypeScript file of this repository run by the local tsx, as `npm run` scripts are. */
export const tsxCommand = (file: string): Command => [tsx, [path.join(root, file)]];

const underRoot = (arg: string) => (arg.startsWith("-") ? arg : path.join(root, arg));

/** The flags a command hands node (or tsx, which hands them on). */
export const nodeFlags = ([, args]: Command): string[] => args.filter((arg) => arg.startsWith("-"));

/**
 * `npm start` in `cwd` with only the environment given, as test/e2e/start.test.ts does; or another
 * command, such as the Docker image's (`dockerCommand()`, build first with `npm run build`). Both keep
 * the node flags production runs with, read from package.json and the Dockerfile.
 */
export function spawnBot(
  cwd: string,
  env: Record<string, string>,
  [program, args]: Command = npmStartCommand(),
): BotProcess {
  const spawnedAt = performance.now();
  const child = spawn(program, args, { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: "pipe" });
  let output = "";
  const seen: { pattern: RegExp; resolve: (value: { at: number; line: string }) => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const at = performance.now();
    for (const waiter of [...seen]) {
      const match = output.match(waiter.pattern);
      if (!match) continue;
      seen.splice(seen.indexOf(waiter), 1);
      waiter.resolve({ at, line: lineAround(output, match.index ?? 0) });
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return {
    child,
    spawnedAt,
    output: () => output,
    waitForLine(pattern, timeoutMs) {
      const match = output.match(pattern);
      if (match)
        return Promise.resolve({ at: performance.now(), line: lineAround(output, match.index ?? 0) });
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          seen.splice(seen.indexOf(waiter), 1);
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output.slice(-4000)}`));
        }, timeoutMs);
        const exited = () => reject(new Error(`the bot exited before ${pattern}:\n${output.slice(-4000)}`));
        child.once("exit", exited);
        const waiter = {
          pattern,
          resolve: (value: { at: number; line: string }) => {
            clearTimeout(timer);
            child.off("exit", exited);
            resolve(value);
          },
        };
        seen.push(waiter);
      });
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? undefined : end);
}

/** A port nobody listens on now, for a child process's server. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

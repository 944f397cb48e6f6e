import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";

export const DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/test";

/** A fresh database on the server (like test/support/database.ts): its URL and how to drop it. */
export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dorsi_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl, (admin) => admin.query(`create database ${name}`));
  const drop = async () => {
    await withClient(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop,
  };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Wall time of `work` in ms, and its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Median wall time of `runs` calls of `work` after `warmup` unmeasured ones. */
export async function medianMs(work: () => Promise<unknown>, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  return median(times);
}

/**
 * The floor for anything that writes one row per request: the median of 200 single-row INSERTs into
 * a scratch table through one pg Client (after 20 unmeasured ones).
 */
export async function rawInsertRoundTripMs(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const table = `bench_round_trip_${randomBytes(4).toString("hex")}`;
    await client.query(`create table ${table} (id bigserial primary key, body text not null)`);
    try {
      const insert = { text: `insert into ${table} (body) values ($1)`, name: `insert_${table}` };
      return await medianMs(() => client.query({ ...insert, values: ["ping"] }), 200, 20);
    } finally {
      await client.query(`drop table ${table}`);
    }
  });
}

/** "1,234" */
export const count = (n: number): string => Math.round(n).toLocaleString("en-US");
/** "1.23 ms" with sensible precision. */
export const ms = (n: number): string =>
  `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n)} ms`;
/** "2.4x" */
export const ratio = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)}x`;

const DISCORD_EPOCH = 1_420_070_400_000n;
// Worker 1, process 1: real ids carry non-zero bits here, which keeps ours the same length.
const WORKER_PROCESS_BITS = (1n << 17n) | (1n << 12n);

let last = 0n;

/** A timestamp-based Discord snowflake (18-19 digits), strictly increasing within this process. */
export function snowflake(): string {
  const candidate = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | WORKER_PROCESS_BITS;
  last = candidate > last ? candidate : last + 1n;
  return last.toString();
}

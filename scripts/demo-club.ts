/**
 * The simulated club of `npm run demo`: who the members are, where they live, how they set up
 * /schedule and how they behave. Everything comes from the seed (no Math.random, no clock).
 */
import type { ScheduleInput } from "../src/app/set-schedule.usecases.js";

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same stream everywhere. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A stream per purpose, so adding a member or a draw elsewhere does not shift everyone's luck. */
export function rngFor(seed: number, stream: number): Rng {
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca77)) >>> 0);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(rng() * (index + 1));
    const a = out[index] as T;
    out[index] = out[other] as T;
    out[other] = a;
  }
  return out;
}

export type Habit = "diligent" | "occasional" | "weekend" | "sore" | "severe" | "snoozer" | "pauser";

/** What each habit means, for the roster printed at the start. */
export const HABIT_LABELS: Readonly<Record<Habit, string>> = {
  diligent: "diligent",
  occasional: "occasional",
  weekend: "weekend warrior",
  sore: "sometimes sore",
  severe: "hurts a knee",
  snoozer: "snoozer",
  pauser: "travels (pauses)",
};

/**
 * The first members cover every habit, so even a small club shows level-ups, pain back-offs, an
 * escalation, a pause and snoozes; later members are drawn from the common habits.
 */
const FIRST_HABITS: readonly Habit[] = [
  "diligent",
  "sore",
  "snoozer",
  "pauser",
  "severe",
  "weekend",
  "occasional",
];
const LATER_HABITS: readonly Habit[] = [
  "diligent",
  "diligent",
  "occasional",
  "occasional",
  "weekend",
  "snoozer",
  "sore",
];

const NAMES = [
  "Maya", "Lena", "Omar", "Priya", "Zoe", "Kenji", "Ana", "Tom", "Aisha", "Lucas",
  "Mei", "Sam", "Ines", "Noah", "Fatima", "Jonas", "Chloe", "Ravi", "Elena", "Diego",
  "Hana", "Ben", "Sofia", "Kwame", "Yuki", "Marta", "Liam", "Nadia", "Arjun", "Freya",
] as const; // biome-ignore format: a table

const ZONES = [
  "Europe/London",
  "America/Denver",
  "Australia/Sydney",
  "Asia/Kolkata",
  "America/New_York",
  "Europe/Berlin",
  "Asia/Tokyo",
  "America/Sao_Paulo",
  "Africa/Nairobi",
  "Pacific/Auckland",
  "Asia/Kathmandu",
] as const;

/** The ways members fill in /schedule (a zone is always added). */
const SCHEDULES: readonly Omit<ScheduleInput, "timezone">[] = [
  {}, // the defaults: 4 a day between 08:00 and 20:00
  { start: "07:00", end: "21:00", perDay: 4 },
  { start: "06:30", end: "19:00", perDay: 3 },
  { times: "07:15, 12:30, 18:45" },
  { start: "08:00", end: "18:00", perDay: 4, days: "mon-fri" },
  { start: "07:00", end: "22:00", perDay: 5 },
  { times: "06:45, 17:30", days: "weekdays" },
];

export interface SimMember {
  readonly index: number;
  readonly userId: string;
  readonly name: string;
  readonly habit: Habit;
  readonly timeZone: string;
  readonly schedule: ScheduleInput;
  readonly rng: Rng;
}

/** Snowflake-like ids (text, like Discord's), a pure function of the seed and the member's place. */
export function memberId(seed: number, index: number): string {
  return (100_000_000_000_000_000n + BigInt(seed >>> 0) * 10_000n + BigInt(index + 1)).toString();
}

export function buildRoster(count: number, seed: number): SimMember[] {
  const rng = rngFor(seed, 0);
  const zones = shuffled(rng, ZONES);
  return Array.from({ length: count }, (_, index) => {
    const habit = FIRST_HABITS[index] ?? pick(rng, LATER_HABITS);
    const timeZone = zones[index % zones.length] ?? "UTC";
    // Weekend warriors want their reminders every day; the rest pick any style.
    const style = habit === "weekend" ? { start: "09:00", end: "20:00", perDay: 2 } : pick(rng, SCHEDULES);
    const name = NAMES[index] ?? `Runner ${index + 1}`;
    return {
      index,
      userId: memberId(seed, index),
      name,
      habit,
      timeZone,
      schedule: { timezone: timeZone, ...style },
      rng: rngFor(seed, index + 1),
    };
  });
}

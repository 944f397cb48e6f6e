/** Time is injected so that schedules, weeks and clock changes can be tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

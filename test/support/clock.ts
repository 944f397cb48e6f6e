import type { Clock } from "../../src/app/clock.js";

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

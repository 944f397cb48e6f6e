import { beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../scripts/demo-sim.js";

/** `npm run demo`, small: five members (every special habit), eight days (one weekly board). */
describe("npm run demo", () => {
  const options = { members: 5, days: 8, seed: 42 };
  let first = "";
  let second = "";

  beforeAll(async () => {
    first = await runDemo(options);
    second = await runDemo(options);
  }, 240_000);

  it("prints the same transcript for the same seed", () => {
    expect(second).toBe(first);
  });

  it("shows level-ups, pain back-offs, an escalation, a pause and a weekly board", () => {
    expect(first).toMatch(
      /^ {2}day \d+, \w{3} \d\d:\d\d [\w ]+: \w+ stepped up: (flexed-knee|straight-leg) level \d, reps \d+/m,
    );
    expect(first).toMatch(/: \w+ pain \d+\/10 .* → (mild|moderate|severe) back-off: /);
    expect(first).toContain("↳ escalation");
    expect(first).toMatch(/\/pause \d+ days/);
    expect(first).toContain("┌ Weekly board · Riverside Runners · 2025-W10");
    expect(first).toMatch(/═ Summary · 5 members · 8 days · seed 42/);
  });

  it("never puts pain details on a board line", () => {
    const boardLines = first.split("\n").filter((line) => /^ {2}[┌│└]/.test(line));
    expect(boardLines.length).toBeGreaterThan(3);
    for (const line of boardLines) {
      expect(line).not.toMatch(/\d+\/10|pain|knee|ankle|calf|shin|foot|hip|severe|moderate|mild/i);
    }
  });

  it("depends on the seed", async () => {
    const other = await runDemo({ members: 3, days: 2, seed: 7 });
    expect(other).toContain("seed 7");
    expect(other).not.toBe(first);
  }, 120_000);
});

import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/domain/edit-distance.rules.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["london", "londn", 1],
    ["denver", "denevr", 1],
    ["kitten", "sitting", 3],
  ])("%j vs %j = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

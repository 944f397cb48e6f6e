import { describe, expect, it } from "vitest";
import { dockerCommand, nodeFlags, npmStartCommand } from "../support/bot-process.js";

// The memory bench runs the Docker image's command; `npm start` must run the bot the same way.
describe("how production runs the bot", () => {
  it("starts node with the same flags from npm start as in the Docker image", () => {
    expect(nodeFlags(npmStartCommand())).toEqual(nodeFlags(dockerCommand()));
  });

  it("bounds V8's young generation", () => {
    expect(nodeFlags(dockerCommand())).toContain("--max-semi-space-size=2");
  });

  it("runs the compiled entry point in the image and the source under tsx", () => {
    expect(dockerCommand()[1].at(-1)).toMatch(/dist\/main\.js$/);
    expect(npmStartCommand()[1].at(-1)).toMatch(/src\/main\.ts$/);
  });
});

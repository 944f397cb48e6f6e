/** Discord renders <t:unix:style> in each reader's own time zone and locale. */
export function discordTime(instant: Date, style: "t" | "f" | "R" | "F" | "D" = "f"): string {
  return `<t:${Math.floor(instant.getTime() / 1000)}:${style}>`;
}

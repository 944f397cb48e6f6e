/** A pause with no end lasts until /resume. */
export function isPaused(pause: { pausedAt: Date | null; pausedUntil: Date | null }, now: Date): boolean {
  if (pause.pausedAt === null) return false;
  return pause.pausedUntil === null || pause.pausedUntil.getTime() > now.getTime();
}

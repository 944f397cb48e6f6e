/** The two 3-way ankle-mobility matrices. Their names are part of the public interface (/log, /drills). */
export const DRILLS = ["flexed-knee", "straight-leg"] as const;
export type Drill = (typeof DRILLS)[number];

export function isDrill(value: string): value is Drill {
  return (DRILLS as readonly string[]).includes(value);
}

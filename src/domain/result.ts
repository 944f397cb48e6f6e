/** A problem is data (a code and its values) so that the render layer words it in the member's language. */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem<Code> };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const fail = <Code extends string>(
  code: Code,
  params?: Readonly<Record<string, string | number>>,
): { readonly ok: false; readonly problem: Problem<Code> } => ({
  ok: false,
  problem: params === undefined ? { code } : { code, params },
});

/** Member input quoted in a problem, kept short so a long paste cannot flood the reply. */
export function quote(input: unknown): string {
  const trimmed = String(input).trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
}

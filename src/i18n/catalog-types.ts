/**
 * Another language's catalog: every key of the English one, each a string, plus the "_many" plural
 * forms that Spanish, French and Portuguese use. A missing, misspelt or extra key fails the
 * typecheck; the catalog test (test/unit/catalogs.test.ts) also holds the variables and plural forms.
 */
export type CatalogOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]>;
} & { readonly [key: `${string}_many`]: string };

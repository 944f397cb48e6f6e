import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** An import (or re-export) of one file: which names it takes, "*" for the whole module. */
export interface ImportEdge {
  /** As written: "discord.js", "../db/schema.js". */
  readonly specifier: string;
  /** The imported file, repo-relative ("src/db/schema.ts"), or null for a package. */
  readonly target: string | null;
  readonly names: readonly string[] | "*";
  /** Erased at build time: `import type`, or every binding marked `type`. */
  readonly typeOnly: boolean;
}

/** A name a file exports on behalf of another file (`export { a as b } from`, `export * from`). */
export interface Forward {
  readonly target: string;
  /** Exported here as `as`, taken from the target as `name`; "*" forwards every name. */
  readonly name: string;
  readonly as: string;
}

export interface SourceFile {
  /** Repo-relative, with forward slashes: "src/app/deps.ts". */
  readonly path: string;
  readonly text: string;
  readonly lineCount: number;
  readonly ast: ts.SourceFile;
  readonly imports: readonly ImportEdge[];
  /** Names declared and exported here (`export function f`, `export { g }`, `export default`). */
  readonly exports: readonly string[];
  readonly forwards: readonly Forward[];
}

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

function listTsFiles(dir: string): string[] {
  return readdirSync(posix.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every TypeScript file under `dir` (repo-relative), parsed. */
export function readSourceTree(dir = "src"): SourceFile[] {
  return listTsFiles(dir).map((path) => parseSource(path, readFileSync(posix.join(REPO_ROOT, path), "utf8")));
}

/** "./x.js" from "src/app/a.ts" -> "src/app/x.ts"; a package specifier -> null. */
export function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const joined = posix.normalize(posix.join(posix.dirname(from), specifier));
  return joined.endsWith(".js") ? `${joined.slice(0, -3)}.ts` : joined;
}

export function parseSource(path: string, text: string): SourceFile {
  const ast = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const imports: ImportEdge[] = [];
  const exports: string[] = [];
  const forwards: Forward[] = [];
  const edge = (specifier: string, names: readonly string[] | "*", typeOnly: boolean) =>
    imports.push({ specifier, target: resolveSpecifier(path, specifier), names, typeOnly });

  for (const statement of ast.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const { names, typeOnly } = importedNames(statement.importClause);
      edge(statement.moduleSpecifier.text, names, typeOnly);
    } else if (ts.isExportDeclaration(statement)) {
      readExportDeclaration(path, statement, edge, exports, forwards);
    } else if (ts.isExportAssignment(statement)) {
      exports.push("default");
    } else {
      exports.push(...declaredExports(statement));
    }
  }
  // import("./x.js") and `typeof import("./x.js")` anywhere in the file use the whole module.
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      edge(node.arguments[0].text, "*", false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      edge(node.argument.literal.text, "*", true);
    }
    ts.forEachChild(node, visit);
  };
  visit(ast);
  return {
    path,
    text,
    lineCount: text.split("\n").length - (text.endsWith("\n") ? 1 : 0),
    ast,
    imports,
    exports,
    forwards,
  };
}

function importedNames(clause: ts.ImportClause | undefined): {
  names: readonly string[] | "*";
  typeOnly: boolean;
} {
  if (!clause) return { names: [], typeOnly: false };
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) return { names: "*", typeOnly: clause.isTypeOnly };
  const elements = bindings?.elements ?? [];
  const names = [
    ...(clause.name ? ["default"] : []),
    ...elements.map((element) => (element.propertyName ?? element.name).text),
  ];
  const typeOnly =
    clause.isTypeOnly || (clause.name === undefined && elements.every((element) => element.isTypeOnly));
  return { names, typeOnly };
}

function readExportDeclaration(
  path: string,
  statement: ts.ExportDeclaration,
  edge: (specifier: string, names: readonly string[] | "*", typeOnly: boolean) => void,
  exports: string[],
  forwards: Forward[],
): void {
  const clause = statement.exportClause;
  if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) {
    if (clause && ts.isNamedExports(clause))
      exports.push(...clause.elements.map((element) => element.name.text));
    return;
  }
  const specifier = statement.moduleSpecifier.text;
  const target = resolveSpecifier(path, specifier);
  if (!target) {
    edge(specifier, "*", statement.isTypeOnly);
    return;
  }
  if (!clause) {
    forwards.push({ target, name: "*", as: "*" });
  } else if (ts.isNamespaceExport(clause)) {
    edge(specifier, "*", statement.isTypeOnly);
    exports.push(clause.name.text);
  } else {
    for (const element of clause.elements) {
      forwards.push({ target, name: (element.propertyName ?? element.name).text, as: element.name.text });
    }
  }
}

function declaredExports(statement: ts.Statement): string[] {
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) return ["default"];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
  }
  const name = (statement as ts.DeclarationStatement).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

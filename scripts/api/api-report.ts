// The API report: the sorted exported names (values and types) of each entry
// point in a package's `exports`, read from its source barrel by the
// TypeScript compiler, one file per entry point under the package's `api/`.
// A package's `src/api.test.ts` compares them with vitest file snapshots, so
// an export appears or disappears only on purpose (`npx vitest run src/api -u`
// after a deliberate change, and say so in a changeset).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One entry point of a package and its exported names. */
export interface EntryReport {
  /** The subpath as in `exports`, e.g. `.` or `./testing`. */
  readonly subpath: string;
  /** File name of its report, e.g. `index.api.txt`, `testing.api.txt`. */
  readonly file: string;
  /** The report: one exported name a line, `type ` before type-only names, sorted. */
  readonly text: string;
}

/**
 * Reads the API of every code entry point of the package in `dir`.
 *
 * @param dir - the package folder
 * @returns one report per entry point
 */
export function apiReports(dir: string): EntryReport[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const source = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)['@gmekit/source'] : undefined;
    return typeof source === 'string' ? [{ subpath, source: join(dir, source) }] : [];
  });
  // noResolve: the barrels name every export, so the names are known without
  // reading the modules behind them.
  const program = ts.createProgram(
    entries.map((e) => e.source),
    { noEmit: true, noResolve: true, allowJs: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  );
  const checker = program.getTypeChecker();
  return entries.map(({ subpath, source }) => {
    const file = program.getSourceFile(source);
    const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (file === undefined || symbol === undefined) throw new Error(`cannot read the exports of ${source}`);
    const typeOnly = new Set<string>();
    for (const statement of file.statements) {
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const el of statement.exportClause.elements) if (statement.isTypeOnly || el.isTypeOnly) typeOnly.add(el.name.text);
      }
      if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        typeOnly.add(statement.name.text);
      }
    }
    const names = checker
      .getExportsOfModule(symbol)
      .map((s) => s.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((name) => (typeOnly.has(name) ? `type ${name}` : name));
    const base = subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-');
    return { subpath, file: `${base}.api.txt`, text: `${names.join('\n')}\n` };
  });
}

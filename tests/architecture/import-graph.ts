// Reads the import graph of src/ with the bundler's own parser (oxc, via vite's parseSync), so comments and
// strings never count as imports and `import type`, `import { type X }`, `export … from`, `import('…')`,
// `import('…').T` in types and `import.meta.glob` are all seen. Pure data out: checking is layer-check.ts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { parseSync } from 'vite';

/** One import written in a source file. `to` is a repo-relative path (or glob) or a bare package specifier. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** Erased at build time: `import type`, every named entry marked `type`, or `import('…').T` in a type. */
  readonly typeOnly: boolean;
  readonly dynamic: boolean;
  /** The names taken as values ('default', '*' for a namespace or `export *`); empty for a type-only edge or a bare side-effect import. */
  readonly values: readonly string[];
  readonly line: number;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = posix.join(dir, name);
      return statSync(path).isDirectory()
        ? sourceFiles(path)
        : /\.ts$/.test(path) && !path.endsWith('.d.ts')
          ? [path]
          : [];
    })
    .sort();
}

export function importGraph(dir = 'src'): ImportEdge[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
}

export function importsOf(file: string, text: string): ImportEdge[] {
  const parsed = parseSync(file, text, { lang: 'ts', sourceType: 'module' });
  if (parsed.errors.length > 0)
    throw new Error(`${file} does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  const edge = (spec: string, at: number, typeOnly: boolean, dynamic: boolean, values: string[]): ImportEdge => ({
    from: file,
    to: resolveSpecifier(file, spec),
    typeOnly,
    dynamic,
    values: typeOnly ? [] : values,
    line: lineAt(at),
  });
  const edges: ImportEdge[] = [];
  for (const imp of parsed.module.staticImports) {
    const whole = text.slice(imp.start, imp.end);
    const typeOnly =
      /^import\s+type[\s{*]/.test(whole) || (imp.entries.length > 0 && imp.entries.every((e) => e.isType));
    const values = imp.entries
      .filter((e) => !e.isType)
      .map((e) =>
        e.importName.kind === 'Name' ? e.importName.name! : e.importName.kind === 'Default' ? 'default' : '*',
      );
    edges.push(edge(imp.moduleRequest.value, imp.start, typeOnly, false, values));
  }
  for (const exp of parsed.module.staticExports) {
    const bySource = new Map<string, { start: number; typeOnly: boolean; values: string[] }>();
    for (const entry of exp.entries) {
      if (!entry.moduleRequest) continue;
      const seen = bySource.get(entry.moduleRequest.value) ?? { start: exp.start, typeOnly: true, values: [] };
      if (!entry.isType) {
        seen.typeOnly = false;
        seen.values.push(entry.importName.kind === 'Name' ? entry.importName.name! : '*');
      }
      bySource.set(entry.moduleRequest.value, seen);
    }
    for (const [spec, seen] of bySource) edges.push(edge(spec, seen.start, seen.typeOnly, false, seen.values));
  }
  for (const dyn of parsed.module.dynamicImports) {
    const literal = /^\s*(['"`])([^'"`$]+)\1\s*$/.exec(text.slice(dyn.moduleRequest.start, dyn.moduleRequest.end));
    edges.push(
      edge(
        literal ? literal[2]! : `<computed: ${text.slice(dyn.moduleRequest.start, dyn.moduleRequest.end)}>`,
        dyn.start,
        false,
        true,
        ['*'],
      ),
    );
  }
  walk(parsed.program, (node) => {
    if (node.type === 'TSImportType') {
      const spec = stringIn(node['argument']) ?? stringIn(node['source']);
      if (spec) edges.push(edge(spec, node.start as number, true, false, []));
    }
    if (node.type === 'CallExpression' && isImportMetaGlob(node['callee'])) {
      const first = (node['arguments'] as Node[])[0];
      const patterns = first?.type === 'ArrayExpression' ? (first['elements'] as Node[]) : first ? [first] : [];
      for (const p of patterns) {
        const spec = stringIn(p);
        edges.push(edge(spec ?? '<computed glob>', node.start as number, false, false, ['*']));
      }
    }
  });
  return edges;
}

/** A relative specifier becomes a repo-relative path (adding `.ts` or `/index.ts` when the file exists); a bare one stays. */
export function resolveSpecifier(from: string, spec: string): string {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return spec;
  const path = posix.normalize(posix.join(posix.dirname(from), spec.replace(/\?.*$/, '')));
  if (/[*{]/.test(path) || existsSync(path)) return path;
  for (const candidate of [`${path}.ts`, `${path}/index.ts`]) if (existsSync(candidate)) return candidate;
  return path;
}

type Node = { type: string; start?: number; [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const [key, value] of Object.entries(node))
    if (key !== 'parent' && value && typeof value === 'object') walk(value, visit);
}

function stringIn(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as Node;
  if ((n.type === 'Literal' || n.type === 'StringLiteral') && typeof n['value'] === 'string') return n['value'];
  if (n.type === 'TemplateLiteral' && (n['expressions'] as unknown[]).length === 0)
    return ((n['quasis'] as Node[])[0]!['value'] as { cooked: string }).cooked;
  if (n.type === 'TSLiteralType') return stringIn(n['literal']);
  return undefined;
}

function isImportMetaGlob(callee: unknown): boolean {
  const c = callee as Node | undefined;
  if (c?.type !== 'MemberExpression') return false;
  const object = c['object'] as Node;
  const property = c['property'] as Node;
  return object.type === 'MetaProperty' && property['name'] === 'glob';
}

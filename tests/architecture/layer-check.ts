// Checks an import graph against the rule table in layer-rules.ts. Pure: the graph comes in as data, so the
// test can run it on the real src/ and on small made-up graphs that each break one rule.
import type { ImportEdge } from './import-graph.ts';
import {
  LAYER_RULES,
  LIBRARY_OWNERS,
  isPackage,
  layerOf,
  packageOf,
  type Allowance,
  type Layer,
} from './layer-rules.ts';

export interface Violation {
  readonly rule:
    | 'layer'
    | 'core-value-in-ui'
    | 'library-owner'
    | 'library-entry'
    | 'adapter-libraries'
    | 'unknown-file'
    | 'computed-import'
    | 'cycle';
  readonly message: string;
}

const where = (e: ImportEdge): string => `${e.from}:${e.line}`;
const owns = (owners: readonly string[], file: string): boolean =>
  owners.some((o) => (o.endsWith('/') ? file.startsWith(o) : file === o));

export function checkLayers(
  edges: readonly ImportEdge[],
  rules = LAYER_RULES,
  libraries = LIBRARY_OWNERS,
): Violation[] {
  const found: Violation[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    if (!from) {
      found.push({ rule: 'unknown-file', message: `${e.from} is in no layer of the rule table` });
      continue;
    }
    if (e.to.startsWith('<computed')) {
      found.push({
        rule: 'computed-import',
        message: `${where(e)} imports a computed path ${e.to}, which no rule can check`,
      });
    } else if (isPackage(e.to)) {
      found.push(...checkLibrary(e, libraries));
    } else {
      found.push(...checkEdge(e, from, rules));
    }
  }
  found.push(...checkAdapterLibraries(edges));
  found.push(
    ...findCycles(edges).map((cycle) => ({
      rule: 'cycle' as const,
      message: `import cycle (type imports included) among ${cycle.length} files: ${cycle.join(', ')}`,
    })),
  );
  return found;
}

function checkEdge(e: ImportEdge, from: Layer, rules: typeof LAYER_RULES): Violation[] {
  const to = layerOf(e.to);
  if (!to)
    return [{ rule: 'unknown-file', message: `${where(e)} imports ${e.to}, which is in no layer of the rule table` }];
  const allowance: Allowance | undefined = rules[from][to];
  const kind = e.typeOnly ? 'a type from' : 'a value from';
  if (!allowance) return [{ rule: 'layer', message: `${where(e)}: ${from} → ${to} is not allowed (${kind} ${e.to})` }];
  if (allowance === 'values') return [];
  if (e.typeOnly) {
    return allowance.types === 'all' || allowance.types.includes(e.to)
      ? []
      : [
          {
            rule: 'layer',
            message: `${where(e)}: ${from} may take types from ${to} only from ${allowance.types.join(', ')}, not ${e.to}`,
          },
        ];
  }
  const named = allowance.values?.[e.to];
  const taken = e.values.length === 0 ? ['(the module itself, for its side effects)'] : e.values;
  const refused = taken.filter((name) => !named || !(named.includes('*') || named.includes(name)));
  if (refused.length === 0) return [];
  const rule = from === 'ui' && to === 'core' ? 'core-value-in-ui' : 'layer';
  return [
    {
      rule,
      message: `${where(e)}: ${from} may take only types from ${to}${named ? ` and the values ${named.join(', ')} of ${e.to}` : ''}, not the value${refused.length > 1 ? 's' : ''} ${refused.join(', ')} of ${e.to}`,
    },
  ];
}

function checkLibrary(e: ImportEdge, libraries: typeof LIBRARY_OWNERS): Violation[] {
  const name = packageOf(e.to);
  const owner = libraries[name];
  if (!owner)
    return [
      { rule: 'library-owner', message: `${where(e)} imports ${e.to}, a library with no owner in the rule table` },
    ];
  if (!owns(owner.owners, e.from))
    return [
      {
        rule: 'library-owner',
        message: `${where(e)} imports ${e.to}; only ${owner.owners.join(', ')} may (one owner per library)`,
      },
    ];
  if (!owner.entries.some((entry) => (entry.endsWith('/') ? e.to.startsWith(entry) : e.to === entry))) {
    return [
      {
        rule: 'library-entry',
        message: `${where(e)} imports ${e.to}; ${name} is taken only through ${owner.entries.join(', ')}`,
      },
    ];
  }
  return [];
}

/** Each adapter wraps one outside thing: at most one library per adapter file. */
function checkAdapterLibraries(edges: readonly ImportEdge[]): Violation[] {
  const byFile = new Map<string, Set<string>>();
  for (const e of edges) {
    if (layerOf(e.from) !== 'adapters' || !isPackage(e.to)) continue;
    byFile.set(e.from, (byFile.get(e.from) ?? new Set()).add(packageOf(e.to)));
  }
  return [...byFile]
    .filter(([, libraries]) => libraries.size > 1)
    .map(([file, libraries]) => ({
      rule: 'adapter-libraries' as const,
      message: `${file} wraps ${[...libraries].join(' and ')}; an adapter wraps one outside library`,
    }));
}

/** Strongly connected components of more than one file (or a file importing itself), by Tarjan's algorithm. */
export function findCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (isPackage(e.to) || !e.to.startsWith('src/')) continue;
    next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.has(node)) cycles.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

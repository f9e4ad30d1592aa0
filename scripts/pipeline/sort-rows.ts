// Publication order and key integrity: rows sorted by primary key, duplicate keys and dangling foreign keys stop the build.
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';

type Row = Record<string, unknown>;

export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

/** A string cut into digit and non-digit runs, as natural order compares them (digit runs without leading zeros). */
interface Runs {
  parts: string[];
  digits: boolean[];
  stripped: string[];
}

function runsOf(s: string): Runs {
  const parts = s.match(/\d+|\D+/g) ?? [];
  const digits = parts.map((p) => /^\d/.test(p));
  return { parts, digits, stripped: parts.map((p, i) => (digits[i] ? p.replace(/^0+(?=\d)/, '') : p)) };
}

/** Natural order without ICU (its Chinese collation changes between Node releases): digit runs compare as numbers. */
function compareRuns(a: Runs, b: Runs): number {
  const pa = a.parts;
  const pb = b.parts;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (a.digits[i] && b.digits[i]) {
      const nx = a.stripped[i]!;
      const ny = b.stripped[i]!;
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Text of a key value. Keys are scalars; anything else compares by its JSON, so distinct values never tie. */
function keyText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

/** compareValues with the runs of each text found by `runs` (a sort looks each string up once, not per comparison). */
function compareWith(a: unknown, b: unknown, runs: (s: string) => Runs): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  const sa = keyText(a);
  const sb = keyText(b);
  const natural = compareRuns(runs(sa), runs(sb));
  if (natural !== 0) return natural;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Nulls first, numbers numerically, strings in natural order (s2 < s10), then by code point so no two distinct strings tie. */
export function compareValues(a: unknown, b: unknown): number {
  return compareWith(a, b, runsOf);
}

const keyOf = (row: Row, fields: string[]): string => JSON.stringify(fields.map((f) => row[f] ?? null));

/** Rows sorted by the dataset's primary key; a repeated key throws, naming the dataset, both rows and the key. */
export function sortByPrimaryKey<T extends Row>(spec: DatasetSpec, rows: T[]): T[] {
  const pk = spec.primaryKey;
  if (pk.length === 0) throw new KeyError(`dataset ${spec.name}: no primary key declared`);
  const missing = pk.filter((f) => !(f in spec.schema.shape));
  if (missing.length > 0)
    throw new KeyError(`dataset ${spec.name}: primary key field ${missing.join(', ')} is not in the schema`);
  // Each distinct key text is cut into runs once: at hundreds of plans, cutting per comparison dominated the sort.
  const memo = new Map<string, Runs>();
  const runs = (text: string): Runs => {
    let r = memo.get(text);
    if (r === undefined) memo.set(text, (r = runsOf(text)));
    return r;
  };
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((x, y) => {
    for (const f of pk) {
      const c = compareWith(x.row[f], y.row[f], runs);
      if (c !== 0) return c;
    }
    return x.i - y.i;
  });
  for (let k = 1; k < indexed.length; k++) {
    const prev = indexed[k - 1]!;
    const cur = indexed[k]!;
    if (keyOf(prev.row, pk) === keyOf(cur.row, pk)) {
      throw new KeyError(
        `dataset ${spec.name}, rows ${prev.i + 1} and ${cur.i + 1}: duplicate primary key (${pk.join(', ')}) = ${keyOf(cur.row, pk)}`,
      );
    }
  }
  return indexed.map((x) => x.row);
}

/** Every foreign key must point at an existing row of the referenced dataset; the first dangling one throws. */
export function checkForeignKeys(specs: DatasetSpec[], datasets: Record<string, Row[]>): void {
  for (const spec of specs) {
    for (const fk of spec.foreignKeys ?? []) {
      const target = specs.find((s) => s.name === fk.reference.resource);
      if (!target)
        throw new KeyError(
          `dataset ${spec.name}: foreign key (${fk.fields.join(', ')}) refers to unknown dataset ${fk.reference.resource}`,
        );
      const known = new Set((datasets[target.name] ?? []).map((r) => keyOf(r, fk.reference.fields)));
      (datasets[spec.name] ?? []).forEach((row, i) => {
        // A key with a null part refers to nothing, as in SQL.
        if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) return;
        if (!known.has(keyOf(row, fk.fields))) {
          throw new KeyError(
            `dataset ${spec.name}, row ${i + 1}, field ${fk.fields.join(', ')}: ${keyOf(row, fk.fields)} has no row in ${target.name} (${fk.reference.fields.join(', ')})`,
          );
        }
      });
    }
  }
}

// Rows against their dataset schema: the first bad row stops the build, naming dataset, row and field.
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';

export class RowError extends Error {
  readonly dataset: string;
  readonly rowIndex: number;
  readonly field: string;
  constructor(dataset: string, rowIndex: number, field: string, detail: string) {
    super(`dataset ${dataset}, row ${rowIndex + 1}, field ${field}: ${detail}`);
    this.name = 'RowError';
    this.dataset = dataset;
    this.rowIndex = rowIndex;
    this.field = field;
  }
}

export function validateRows<T extends Record<string, unknown>>(spec: DatasetSpec, rows: T[]): T[] {
  const fields = Object.keys(spec.schema.shape);
  return rows.map((row, i) => {
    const extra = Object.keys(row).find((k) => !fields.includes(k));
    if (extra) throw new RowError(spec.name, i, extra, 'field is not in the schema');
    const parsed = spec.schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const docHint = typeof row['doc_id'] === 'string' ? ` (doc ${row['doc_id']})` : '';
      throw new RowError(spec.name, i, issue?.path.join('.') ?? '?', `${issue?.message ?? 'invalid'}${docHint}`);
    }
    // Keep the schema's column order so files are stable; a row already in that order with no undefined value is
    // kept as it is (rows from the extraction cache are), which spares a copy of every row at thousands of plans.
    if (inSchemaOrder(row, fields)) return row;
    return Object.fromEntries(fields.map((f) => [f, row[f] ?? null])) as T;
  });
}

/** The row's own keys are exactly the schema's fields, in order, and none holds undefined. */
function inSchemaOrder(row: Record<string, unknown>, fields: string[]): boolean {
  const keys = Object.keys(row);
  if (keys.length !== fields.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== fields[i] || row[keys[i]!] === undefined) return false;
  return true;
}

// A published dataset as the explorer's Arrow file: its rows checked against the zod schema, its column types.
import { z } from 'zod';
import { columnsOf } from '../schema/columns.ts';
import type { DatasetSpec } from '../schema/index.ts';
import { rowsToArrowIpc } from './encode.ts';

/** The Arrow IPC stream of a dataset; throws naming the dataset, row and field of a row that fails its schema. */
export function datasetArrowIpc(spec: DatasetSpec, rows: unknown[]): Uint8Array {
  const checked = z.array(spec.schema).safeParse(rows);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const [row, ...field] = issue.path;
    throw new Error(
      `${spec.name}: row ${Number(row) + 1}${field.length ? `, field ${field.join('.')}` : ''}: ${issue.message}`,
    );
  }
  const columns = columnsOf(spec).map(({ name, type, nullable }) => ({ name, type, nullable }));
  return rowsToArrowIpc(rows as Record<string, unknown>[], columns, spec.name);
}

/** Where the site publishes it, relative to the data folder: data/arrow/<name>.arrow. */
export const arrowPath = (name: string): string => `arrow/${name}.arrow`;

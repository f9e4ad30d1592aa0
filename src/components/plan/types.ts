// Shapes the plan page passes between its parts.
import type { DatasetSpec } from '../../lib/schema/index.ts';
import type { DataRow } from '../../lib/site-data/index.ts';

/** One dataset's rows for one plan, each with its highlight id and marker (T3). */
export interface TableView {
  spec: DatasetSpec;
  code: string;
  colorClass: string;
  items: { id: string; marker: string; row: DataRow }[];
}

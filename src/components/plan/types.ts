// Shapes the plan page passes between its parts (also built in the browser by /extract/: no server-only import).
import type { DatasetSpec } from '../../lib/schema/index.ts';

/** A published row of any dataset, as the plan page reads it. */
export type PlanRow = Record<string, unknown>;

/** One dataset's rows for one plan, each with its highlight id and marker (T3). */
export interface TableView {
  spec: DatasetSpec;
  code: string;
  colorClass: string;
  items: { id: string; marker: string; row: PlanRow }[];
}

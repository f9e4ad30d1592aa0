// The columns of a dataset as the files and the data package describe them, read off its zod schema.
import type { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
  /** Allowed values, for enum columns. */
  values?: string[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod?: { def?: { format?: string; check?: string } } }[];
  format?: string;
}

function describe(field: z.ZodType): Column & { name: '' } {
  let t = field;
  let nullable = false;
  let def = (t as unknown as { _zod: { def: Def } })._zod.def;
  while (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') {
    nullable = true;
    t = def.innerType as z.ZodType;
    def = (t as unknown as { _zod: { def: Def } })._zod.def;
  }
  const isInt = def.format === 'safeint' || (def.checks ?? []).some((c) => c._zod?.def?.format === 'safeint');
  const type: ColumnType =
    def.type === 'number' ? (isInt ? 'integer' : 'number') : def.type === 'boolean' ? 'boolean' : 'string';
  const col: Column & { name: '' } = {
    name: '',
    type,
    nullable,
    description: field.description ?? t.description ?? '',
  };
  if (def.type === 'enum' && def.entries) col.values = Object.values(def.entries);
  return col;
}

export function columnsOf(spec: DatasetSpec): Column[] {
  return Object.entries(spec.schema.shape).map(([name, field]) => ({ ...describe(field as z.ZodType), name }));
}

// What every published dataset declares: its name, row schema, keys and documentation.
import type { z } from 'zod';

export interface DatasetSpec {
  /** File and SQL table name: `targets` → public/data/targets.csv. */
  name: string;
  title: string;
  description: string;
  /** Row schema; every field has a .describe() text (a test enforces it). */
  schema: z.ZodObject<z.ZodRawShape>;
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

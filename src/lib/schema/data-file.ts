// Validating a hand-kept JSON file (manifest, vocabularies) against its schema, with an error a person can act on.
import type { z } from 'zod';

/** A hand-kept data file that does not match its schema: names the file, the entry (index and id) and the field. */
export class DataFileError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'DataFileError';
    this.file = file;
  }
}

type Path = readonly PropertyKey[];

/** The id of an entry: its first `*_id` field, else its first text field; '' when it has none. */
function idOf(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const fields = Object.entries(entry as Record<string, unknown>).filter(([, v]) => typeof v === 'string');
  const id = fields.find(([k]) => k.endsWith('_id')) ?? fields[0];
  return id ? String(id[1]) : '';
}

function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** Where an issue stands: `entry 3 (reform_innovation), field name_en` or `field stop_words_zh[2]`. */
export function locate(data: unknown, path: Path): string {
  // The entry is the first list element on the path: the file's own list, or a list under a top-level key.
  const at = path.findIndex((p) => typeof p === 'number');
  if (at === -1 || at > 1) return path.length > 0 ? `field ${fieldPath(path)}` : 'the file';
  const list = at === 0 ? data : (data as Record<PropertyKey, unknown>)[path[0] as PropertyKey];
  const index = path[at] as number;
  const entry: unknown = Array.isArray(list) ? list[index] : undefined;
  const id = idOf(entry);
  const where = `${at === 1 ? `${String(path[0])} ` : ''}entry ${index}${id ? ` (${id})` : ''}`;
  const rest = path.slice(at + 1);
  return rest.length > 0 ? `${where}, field ${fieldPath(rest)}` : where;
}

/** Parse `data` (JSON already read) with `schema`; the first problem throws a DataFileError. */
export function parseDataFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new DataFileError(file, `${locate(data, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`);
}

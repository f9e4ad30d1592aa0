// A data cell as text, for tables, filters, keys and downloads: published rows hold only scalars.

/** Strings as they are; numbers, bigints and booleans by String(); null and undefined ''; objects as JSON. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return ''; // functions and symbols are not data
}

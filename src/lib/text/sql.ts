// SQL text for DuckDB: literals and identifiers quoted one way everywhere.

/** A string literal: `it's` → `'it''s'`. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** An identifier, quoted only when it must be (reserved words such as `end`, or non-snake_case names). */
export function sqlIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** DuckDB keywords that cannot be bare column names (the ones our datasets could meet). */
export const RESERVED: ReadonlySet<string> = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'both', 'case', 'cast', 'check',
  'collate', 'column', 'constraint', 'create', 'default', 'deferrable', 'desc', 'distinct', 'do', 'else', 'end',
  'except', 'false', 'fetch', 'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'initially', 'intersect',
  'into', 'lateral', 'leading', 'limit', 'not', 'null', 'offset', 'on', 'only', 'or', 'order', 'placing', 'primary',
  'references', 'returning', 'select', 'some', 'symmetric', 'table', 'then', 'to', 'trailing', 'true', 'union',
  'unique', 'using', 'variadic', 'when', 'where', 'window', 'with',
]);

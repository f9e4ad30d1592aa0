// SQL text for DuckDB: literals and identifiers quoted one way everywhere.

/** A string literal: `it's` → `'it''s'`. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** An identifier, quoted only when it must be (reserved words such as `end`, or non-snake_case names). */
export function sqlIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/**
 * DuckDB's reserved keywords (`duckdb_keywords()`, category 'reserved'): as column names they need quotes.
 * src/lib/explore-sql.test.ts keeps the list in step with DuckDB.
 */
export const RESERVED: ReadonlySet<string> = new Set(
  'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create default deferrable desc describe distinct do else end except false fetch for foreign from group having in initially intersect into lambda lateral leading limit not null offset on only or order pivot pivot_longer pivot_wider placing primary qualify references returning select show some summarize symmetric table then to trailing true union unique unpivot using variadic when where window with'.split(
    ' ',
  ),
);

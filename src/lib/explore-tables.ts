// Which published tables a query needs, so the explorer loads only those: the identifiers of the SQL (outside
// strings and comments, quoted or not, any case) that are names of known tables. A query on the catalog
// (information_schema, SHOW TABLES, duckdb_tables()…) needs them all. Pure.

export interface TablesNeeded {
  /** Known tables the query names, in the order of `known`. */
  tables: string[];
  /** The query reads the catalog: every known table must exist for its answer to be right. */
  all: boolean;
}

/** Catalog views and functions whose answer lists tables or columns (any `duckdb_*` function counts too). */
const CATALOG = new Set([
  'information_schema',
  'pg_catalog',
  'pg_class',
  'pg_tables',
  'pg_namespace',
  'sqlite_master',
  'sqlite_schema',
  'show_tables',
  'show_tables_expanded',
  'table_info',
  'pragma_table_info',
  'pragma_show',
]);

/** The identifiers of an SQL text, lower-cased, in order; strings, comments and numbers skipped. */
export function sqlIdentifiers(sql: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
    } else if (c === "'") {
      // '' inside a string is a quote, not its end.
      i++;
      while (i < n && !(sql[i] === "'" && sql[i + 1] !== "'")) i += sql[i] === "'" ? 2 : 1;
      i++;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const close = sql.indexOf(tag, i + tag.length);
      i = close === -1 ? n : close + tag.length;
    } else if (c === '"') {
      let name = '';
      i++;
      while (i < n) {
        if (sql[i] === '"') {
          if (sql[i + 1] !== '"') break;
          name += '"';
          i += 2;
        } else name += sql.charAt(i++);
      }
      i++;
      out.push(name.toLowerCase());
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i, i + 256))!;
      out.push(m[0].toLowerCase());
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      // A number (1e3, 0x1f, 1_000) is not an identifier, even when letters follow its first digit.
      i += /^[0-9][A-Za-z0-9_.]*/.exec(sql.slice(i, i + 64))![0].length;
    } else i++;
  }
  return out;
}

export function tablesInSql(sql: string, known: readonly string[]): TablesNeeded {
  const ids = sqlIdentifiers(sql);
  const named = new Set(ids);
  const all =
    ids.some((id) => CATALOG.has(id) || id.startsWith('duckdb_')) ||
    // SHOW TABLES, SHOW ALL TABLES; DESCRIBE or SUMMARIZE with no table after them (the whole database).
    (named.has('show') && named.has('tables')) ||
    (/^(describe|summarize|show)$/.test(ids[ids.length - 1] ?? '') && ids.length === 1);
  return { tables: known.filter((t) => named.has(t.toLowerCase())), all };
}

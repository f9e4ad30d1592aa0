// DuckDB's error messages as the explorer shows them: each thing said once (the parser repeats its "LINE 1: …"
// block), advice that cannot work here dropped (INSTALL/LOAD an extension, its own "Did you mean pg_enum?" when
// the table the reader meant is simply not loaded yet), and what to do instead. Pure.

export interface ExplainedError {
  /** The message to show, each block once. */
  message: string;
  /** A reserved word the reader used as a column name (`end`): write it in double quotes. */
  reserved: string | null;
  /** The query needs a DuckDB extension (Parquet, JSON, time zones), which this offline explorer does not have. */
  extension: boolean;
  /** A table name that does not exist, and the published table it is closest to. */
  missingTable: { name: string; suggestion: string | null } | null;
}

/** Levenshtein distance, for "did you mean" on table names (short strings). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function closest(name: string, tables: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const t of tables) {
    const d = editDistance(name.toLowerCase(), t);
    if (d < bestD) [best, bestD] = [t, d];
  }
  return best;
}

export function explainError(
  raw: string,
  context: { reservedColumns: readonly string[]; tables: readonly string[] },
): ExplainedError {
  const blocks: string[] = [];
  for (const b of raw.split(/\n\s*\n/).map((x) => x.replace(/\s+$/, ''))) if (b && !blocks.includes(b)) blocks.push(b);
  let extension = false;
  let missingTable: ExplainedError['missingTable'] = null;
  const kept: string[] = [];
  for (const b of blocks) {
    // "…exists in the parquet extension." is kept; the blocks after it advise INSTALL/LOAD/SET, impossible here.
    if (/^(Please try installing|INSTALL |Alternatively, consider enabling)/.test(b)) {
      extension = true;
      continue;
    }
    if (/extension/i.test(b) && /not in the catalog|requires the|is not loaded|Extension/.test(b)) extension = true;
    const missing = /Table with name "?([^"\s!]+)"? does not exist!/.exec(b);
    if (missing) {
      missingTable = { name: missing[1]!, suggestion: closest(missing[1]!, context.tables) };
      kept.push(b.replace(/\nDid you mean "[^"]*"\?/, ''));
      continue;
    }
    kept.push(b);
  }
  const near = /syntax error at or near "([^"]+)"/.exec(raw)?.[1]?.toLowerCase() ?? null;
  const reserved = near !== null && context.reservedColumns.includes(near) ? near : null;
  return { message: kept.join('\n\n'), reserved, extension, missingTable };
}

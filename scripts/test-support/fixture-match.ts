// Matching hand-checked fixture rows (doc_id + quote_contains) to extracted rows by raw position.

/** Raw offsets of every occurrence of `needle` in `raw`. */
export function occurrences(raw: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = raw.indexOf(needle); i >= 0; i = raw.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** True when the row's raw span overlaps some occurrence of the fixture's quote_contains. */
export function anchoredAt(raw: string, quoteContains: string, row: { start: number; end: number }): boolean {
  return occurrences(raw, quoteContains).some((i) => i < row.end && row.start < i + quoteContains.length);
}

// Ids of the plan page: highlight ids of extracted items and section anchors. No imports: the plan page builds
// them at build time, and the browser builds the same ids for the SQL explorer's result links and for the marks of
// charts redrawn from an edited query.

/** Valid, stable HTML id from parts (kept readable: letters, digits, '-', '_', '.'). */
export function htmlId(...parts: (string | number)[]): string {
  return parts
    .map((p) => String(p).replace(/[^A-Za-z0-9_.-]+/g, '_'))
    .join('-')
    .replace(/^([^A-Za-z])/, 'x$1');
}

/** Id of an extracted item's highlight in the plan text; its data row is `row-` + this id. */
export function highlightId(dataset: string, docId: string, key: string): string {
  // Keys that already start with the doc id (guyuan-t01) are not repeated: targets-guyuan-t01.
  return htmlId(dataset, docId, key.startsWith(`${docId}-`) ? key.slice(docId.length + 1) : key);
}

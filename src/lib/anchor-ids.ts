// Highlight ids that tie a data row to its quote on the plan page. Pure and browser-safe (charts redrawn in the
// browser link their marks with them); src/lib/anchors.ts re-exports them with the dataset-aware helpers.

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

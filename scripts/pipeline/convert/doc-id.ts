// A document id from a file name, as data/raw/<doc_id>.txt names it.

/**
 * The file name without directory and extension, lower-case, every run of characters other than a–z, 0–9, `_`
 * and `-` as one `-` (as scripts/read-sources.ts names data/raw files). Null when no letter or digit is left
 * (a Chinese file name): the caller must choose an id.
 */
export function docIdFromFileName(fileName: string): string | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const id = stem.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  return /[a-z0-9]/.test(id) ? id : null;
}

/** Whether a string can be a document id (and a file name on every system). */
export function isDocId(id: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/.test(id) && id.length <= 64;
}

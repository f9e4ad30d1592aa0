// Which places a comparison draws over its summary when a link names none: every plan while the corpus is small,
// else the few latest plans by issue date (a rule over the published data, no plan named in code).
// A link's ?place=a,b overrides it. The queries run at build time; the browser gets the result. Pure.
import { sqlString } from '../../lib/text/sql.ts';

/** Up to this many plans, every plan is drawn over the summary. */
export const SMALL_CORPUS = 8;
/** Above it, this many plans are selected by default. */
export const DEFAULT_PLACES = 5;
/** At most this many places at once (a chart's height follows the places drawn). */
export const MAX_PLACES = 12;

export const PLAN_COUNT_SQL = 'SELECT count(*) AS n FROM documents';

/**
 * The default selection: the latest plans by issue date (plans with no date after them, by id), `limit` of them.
 * Not the plans with the most rows: a default view as heavy as the corpus's heaviest plans would make the page's
 * weight depend on them.
 */
export function defaultSelectionSql(limit: number): string {
  return `SELECT doc_id
FROM documents
ORDER BY issue_date DESC NULLS LAST, doc_id
LIMIT ${String(Math.max(0, Math.floor(limit)))}`;
}

/**
 * A chart's query with each row's position in its full result (`_rank`), keeping only the rows of `docs`: the
 * rows of a few places, in the order the full query gives them, so rows fetched later for another place merge into
 * the same order. Run with no variable set.
 */
export function rankedSql(sql: string, docs: string[]): string {
  const list = `[${docs.map(sqlString).join(', ')}]`;
  return `SELECT * FROM (SELECT row_number() OVER () AS _rank, * FROM (${sql}) AS q) AS r
WHERE list_contains(${list}, r.doc_id)
ORDER BY _rank`;
}

/** Valid plan ids in a ?place= list (ids are file-name-like: letters, digits, - and _). */
export const PLACE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

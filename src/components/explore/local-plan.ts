// The explorer's side of the /extract/ hand-off (/explore/?local=1): the plan extracted in this browser, read from
// IndexedDB (src/lib/local-plan-store.ts), shown in a note above the editor and added to DuckDB as the schema
// `mine` (mine.targets, mine.documents …) beside the corpus tables, with the published column types (as SQL). One small
// module on purpose: when the explorer gains a documented way to register extra tables, only this file changes.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { localPlanSql } from '../../lib/local-plan-sql.ts';
import { forgetLocalPlan, loadLocalPlan, type LocalPlan } from '../../lib/local-plan-store.ts';

/** The DuckDB schema of the reader's own plan. */
export const LOCAL_SCHEMA = 'mine';

export const LOCAL_PLAN_TEXT = {
  en: {
    loaded:
      'Your plan {title} ({file}), extracted on the Extract page and kept only in this browser, is loaded as the tables {tables}, beside the published ones.',
    none: 'No plan extracted in this browser: open the Extract page, extract a plan, then "Open in the SQL explorer".',
    forget: 'Forget it in this browser',
    forgotten: 'Your plan is no longer kept in this browser (the tables stay until you leave the page).',
  },
  zh: {
    loaded:
      '您在“提取”页提取的方案 {title}（{file}）仅保存在本浏览器中，已作为数据表 {tables} 载入，与已发布的数据表并列。',
    none: '本浏览器中没有提取过的方案：请在“提取”页提取方案，然后点击“在SQL查询页中打开”。',
    forget: '从本浏览器中删除',
    forgotten: '您的方案已不再保存在本浏览器中（离开本页之前数据表仍可查询）。',
  },
} as const;

export type LocalPlanText = (typeof LOCAL_PLAN_TEXT)['en'];

/** Whether the page was opened for a local plan (`?local=1`). */
export const wantsLocalPlan = (search: string): boolean => new URLSearchParams(search).get('local') === '1';

/** A first query over both: the plan's targets beside the corpus's, by indicator. */
export const LOCAL_EXAMPLE_SQL = `-- Your plan's targets (schema ${LOCAL_SCHEMA}) beside the published plans'
SELECT 'mine' AS source, doc_id, indicator_zh, comparator, value, value_max, unit, target_year
FROM ${LOCAL_SCHEMA}.targets
UNION ALL
SELECT 'published', doc_id, indicator_zh, comparator, value, value_max, unit, target_year
FROM targets
WHERE indicator_id IN (SELECT indicator_id FROM ${LOCAL_SCHEMA}.targets WHERE indicator_id <> '')
ORDER BY indicator_zh, source, doc_id, target_year;`;

let plan: Promise<LocalPlan | null> | undefined;
let inserted = false;

function stored(): Promise<LocalPlan | null> {
  plan ??= loadLocalPlan().catch(() => null);
  return plan;
}

const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);

/** The note above the editor: which plan is loaded as which tables, and a button to forget it. */
export async function showLocalPlan(note: HTMLElement, text: LocalPlanText): Promise<void> {
  const p = await stored();
  note.hidden = false;
  if (!p) {
    note.textContent = text.none;
    return;
  }
  const tables = p.tables
    .filter((t) => t.rows.length > 0)
    .map((t) => `${LOCAL_SCHEMA}.${t.name}`)
    .join(', ');
  const message = document.createElement('p');
  message.textContent = fill(text.loaded, { file: p.fileName, title: p.title ?? p.docId, tables });
  const forget = document.createElement('button');
  forget.type = 'button';
  forget.textContent = text.forget;
  forget.addEventListener('click', () => {
    void forgetLocalPlan().then(() => {
      note.textContent = text.forgotten;
    });
  });
  note.replaceChildren(message, forget);
  note.dataset['localPlan'] = p.docId;
}

/** Add the plan's datasets to the open database as `mine.<dataset>` (once per page); no-op when nothing is stored. */
export async function insertLocalPlan(conn: AsyncDuckDBConnection): Promise<void> {
  if (inserted) return;
  const p = await stored();
  if (!p) return;
  for (const statement of localPlanSql(p.tables, LOCAL_SCHEMA)) await conn.query(statement);
  inserted = true;
}

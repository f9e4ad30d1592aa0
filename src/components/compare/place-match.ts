// Which plans a place picker's query finds: names in Chinese, English (pinyin) or the plan id, then provinces, folded
// as search folds text (full-width, case); narrowed by province and level. Pure.
import type { PlanIndexRow } from '../../lib/plans-index/rows.ts';
import { fold } from '../../lib/search/fold.ts';

/** The plans matching a query, a province and a level: names starting with the query first, then containing it. */
export function matchPlaces(rows: PlanIndexRow[], query: string, province: string, level: string): PlanIndexRow[] {
  const q = fold(query.trim()).text;
  const scored: { row: PlanIndexRow; score: number }[] = [];
  for (const row of rows) {
    if (province && row.provinceZh !== province) continue;
    if (level && row.level !== level) continue;
    if (!q) {
      scored.push({ row, score: 2 });
      continue;
    }
    const names = [row.placeZh, row.placeEn, row.id].map((n) => fold(n).text);
    const wider = [row.provinceZh, row.provinceEn].map((n) => fold(n).text);
    const score = names.some((n) => n.startsWith(q))
      ? 0
      : names.some((n) => n.includes(q))
        ? 1
        : wider.some((n) => n.includes(q))
          ? 2
          : -1;
    if (score >= 0) scored.push({ row, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.row.id.localeCompare(b.row.id)).map((s) => s.row);
}

// What a chart asks of a query result: the columns its drawing reads, each with a kind, and a row limit. An edited
// query's result is checked against it before anything is redrawn; a failure names the column. Pure.
import type { Lang } from '../../../i18n/ui.ts';
import { kindOfType, type ColumnKind, type SqlResult } from '../../../lib/sql-result.ts';

export interface ColumnContract {
  name: string;
  kind: ColumnKind;
  /** Whether the column may hold nulls (default: no). */
  nullable?: boolean;
  /** Used when present (links, tooltips, goals…); the chart draws without it. Checked when present. */
  optional?: boolean;
  /** What the drawing does with it, shown next to the editor. */
  use: Record<Lang, string>;
}

/** At most this many rows are drawn; a larger result is refused with a message. */
export const ROW_LIMIT = 5000;

export type ContractProblem =
  | { kind: 'missing'; column: string }
  | { kind: 'type'; column: string; expected: ColumnKind; got: string }
  | { kind: 'null'; column: string; row: number }
  | { kind: 'value'; column: string; row: number; value: string }
  | { kind: 'too-many'; rows: number };

export type ContractCheck = { ok: true } | { ok: false; problem: ContractProblem };

/** A number column takes any numeric type; an integer column only integer types; text and boolean their own. */
function accepts(expected: ColumnKind, got: ColumnKind | null): boolean {
  if (got === expected) return true;
  return expected === 'number' && got === 'integer';
}

/**
 * Check a result: every required column present, every column of the contract that is present of an acceptable
 * type, no null where none is allowed, integers exact, at most `limit` rows. Extra columns are ignored.
 */
export function checkResult(result: SqlResult, contract: ColumnContract[], limit = ROW_LIMIT): ContractCheck {
  const byName = new Map(result.columns.map((c) => [c.name, c]));
  const present = contract.filter((c) => byName.has(c.name));
  for (const col of contract) {
    const got = byName.get(col.name);
    if (!got) {
      if (col.optional) continue;
      return { ok: false, problem: { kind: 'missing', column: col.name } };
    }
    if (!accepts(col.kind, kindOfType(got.type)))
      return { ok: false, problem: { kind: 'type', column: col.name, expected: col.kind, got: got.type } };
  }
  if (result.rows.length > limit) return { ok: false, problem: { kind: 'too-many', rows: result.rows.length } };
  for (const [i, row] of result.rows.entries())
    for (const col of present) {
      const v = row[col.name] ?? null;
      if (v === null && !col.nullable) return { ok: false, problem: { kind: 'null', column: col.name, row: i + 1 } };
      // An integer beyond 2^53 arrives as text: a chart cannot place it exactly.
      if (v !== null && (col.kind === 'integer' || col.kind === 'number') && typeof v !== 'number')
        return { ok: false, problem: { kind: 'value', column: col.name, row: i + 1, value: String(v) } };
    }
  return { ok: true };
}

const KIND_WORDS: Record<Lang, Record<ColumnKind, string>> = {
  en: {
    text: 'text (VARCHAR)',
    integer: 'a whole number (INTEGER, BIGINT)',
    number: 'a number',
    boolean: 'true/false',
  },
  zh: { text: '文本（VARCHAR）', integer: '整数（INTEGER、BIGINT）', number: '数值', boolean: '真/假（BOOLEAN）' },
};

export function kindWords(kind: ColumnKind, lang: Lang): string {
  return KIND_WORDS[lang][kind];
}

/** The problem in plain words, naming the column; the last good chart stays on the page. */
export function problemText(p: ContractProblem, lang: Lang): string {
  const en = lang === 'en';
  switch (p.kind) {
    case 'missing':
      return en
        ? `The result has no column “${p.column}”, which the chart needs. Add it to the SELECT list (or rename a column with AS ${p.column}).`
        : `结果中没有本图所需的列“${p.column}”。请在 SELECT 中加入该列（或用 AS ${p.column} 重命名）。`;
    case 'type':
      return en
        ? `Column “${p.column}” is ${p.got}, but the chart needs ${kindWords(p.expected, lang)}. Convert it, e.g. CAST(… AS ${p.expected === 'text' ? 'VARCHAR' : p.expected === 'integer' ? 'BIGINT' : p.expected === 'boolean' ? 'BOOLEAN' : 'DOUBLE'}) AS ${p.column}.`
        : `列“${p.column}”的类型是 ${p.got}，本图需要${kindWords(p.expected, lang)}。请转换，例如 CAST(… AS ${p.expected === 'text' ? 'VARCHAR' : p.expected === 'integer' ? 'BIGINT' : p.expected === 'boolean' ? 'BOOLEAN' : 'DOUBLE'}) AS ${p.column}。`;
    case 'null':
      return en
        ? `Column “${p.column}” is empty (NULL) in row ${p.row}; the chart needs a value there. Use coalesce(…) or filter those rows out.`
        : `第 ${p.row} 行的列“${p.column}”为空（NULL），本图需要该值。请用 coalesce(…) 补上或筛除这些行。`;
    case 'value':
      return en
        ? `Column “${p.column}” in row ${p.row} holds ${p.value}, which cannot be drawn exactly.`
        : `第 ${p.row} 行的列“${p.column}”的值 ${p.value} 无法准确绘制。`;
    case 'too-many':
      return en
        ? `The query returned more than ${ROW_LIMIT.toLocaleString('en')} rows; a chart draws at most ${ROW_LIMIT.toLocaleString('en')}. Aggregate, filter, or add LIMIT ${ROW_LIMIT}.`
        : `查询返回超过 ${ROW_LIMIT} 行；一张图最多绘制 ${ROW_LIMIT} 行。请汇总、筛选或加上 LIMIT ${ROW_LIMIT}。`;
  }
}

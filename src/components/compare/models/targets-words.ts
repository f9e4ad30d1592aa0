// The targets chart's words: a target as a label ('≥90%', '每年≥4') or in plain words ('at least 30%'), an
// indicator's and a year's label, a national goal and the documents that set the goals.
import type { Lang } from '../../../i18n/ui.ts';
import { NATIONAL_DOCUMENTS } from '../../about/national-documents.ts';
import { formatTarget, type TargetStatement } from '../../charts/targets-dot.ts';
import { FREQUENCY_LABELS, STR, unitLabel } from '../strings.ts';
import { distinct, num, str, type DataRow } from './shared.ts';

export const statement = (r: DataRow, prefix = ''): TargetStatement => ({
  comparator: str(r[`${prefix}comparator`]),
  value: num(r[`${prefix}value`]) ?? 0,
  valueMax: num(r[`${prefix}value_max`]),
});

/** '≥90%', '−5% per year', '每年≥4' (units other than % are named in the section heading). */
export function formatFor(lang: Lang) {
  return (t: TargetStatement & { unit: string; frequency: string }): string => {
    const f = FREQUENCY_LABELS[t.frequency]?.[lang];
    const v = formatTarget(t, POINTS[lang]);
    if (!f) return v;
    return lang === 'en' ? `${v} ${f}` : `${f}${v}`;
  };
}

/** Percentage points after a number: '≥10 pt' / '≥10个百分点'. */
const POINTS: Record<Lang, string> = { en: ' pt', zh: '个百分点' };

export const indicatorLabel = (r: DataRow, lang: Lang) =>
  (lang === 'en' ? str(r['indicator_en']) : '') || str(r['indicator_zh']);
export const yearWord = (y: number | null, lang: Lang) => (y === null ? STR[lang].noYear : String(y));

const BINDS: Record<string, Record<Lang, string>> = {
  ge: { en: 'at least ', zh: '不低于' },
  le: { en: 'at most ', zh: '不高于' },
  approx: { en: 'about ', zh: '约' },
  increase: { en: 'up ', zh: '增加' },
  decrease: { en: 'down ', zh: '减少' },
};

/** 'at least 30%', '不高于30%', 'up 10% per year' (notes in plain words). */
export function inWords(t: TargetStatement & { unit: string; frequency: string }, lang: Lang): string {
  const v = formatTarget({ ...t, comparator: 'eq' }, POINTS[lang]);
  const f = FREQUENCY_LABELS[t.frequency]?.[lang];
  const unit = t.unit === 'percent' || t.unit === 'percentage_points' ? '' : ` ${unitLabel(t.unit, lang)}`;
  const said = `${BINDS[t.comparator]?.[lang] ?? ''}${v}${unit}`;
  return f ? (lang === 'en' ? `${said} ${f}` : `${f}${said}`) : said;
}

export function goalText(value: number, unit: string, lang: Lang): string {
  const v = unit === 'percent' ? `${value}%` : `${value} ${unitLabel(unit, lang)}`;
  return lang === 'en' ? `national goal ${v}` : `全国目标 ${v}`;
}

/** The documents that set the goals drawn: '国卫基层函〔2019〕121号, National Health Commission …'. */
export function goalSources(rows: DataRow[], lang: Lang): string {
  const numbers = distinct(rows.map((r) => str(r['goal_source'])).filter(Boolean));
  if (numbers.length === 0) return '';
  const list = numbers.map((n) => {
    const doc = NATIONAL_DOCUMENTS.find((d) => d.number === n);
    const issuer = doc ? (lang === 'en' ? (doc.issuerEn ?? doc.issuer) : doc.issuer) : '';
    return [n, issuer].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  });
  return lang === 'en' ? `National goals: ${list.join('; ')}.` : `全国目标：${list.join('；')}。`;
}

// How the site words the national goals (published in vocab_indicators) in charts, captions and prose.
import type { Lang } from '../../i18n/ui.ts';
import type { NationalGoal } from '../../lib/site-data/index.ts';
import { NATIONAL_DOCUMENTS } from '../about/national-documents.ts';
import { unitLabel } from './strings.ts';

/** '90%', '3 persons'. */
export function goalValue(goal: Pick<NationalGoal, 'value' | 'unit'>, lang: Lang): string {
  return goal.unit === 'percent' ? `${goal.value}%` : `${goal.value} ${unitLabel(goal.unit, lang)}`.trim();
}

/** 'national goal 90%' / '全国目标 90%'. */
export function goalLabel(goal: NationalGoal, lang: Lang): string {
  return lang === 'en' ? `national goal ${goalValue(goal, lang)}` : `全国目标 ${goalValue(goal, lang)}`;
}

/** The documents that set the goals, with their issuers: '国卫基层函〔2019〕121号, National Health Commission …'. */
export function goalSources(goals: NationalGoal[], lang: Lang, withYear = false): string {
  const numbers = [...new Set(goals.map((g) => g.source).filter(Boolean))];
  return numbers
    .map((number) => {
      const doc = NATIONAL_DOCUMENTS.find((d) => d.number === number);
      const year = goals.find((g) => g.source === number)?.year;
      const issuer = doc ? (lang === 'en' ? (doc.issuerEn ?? doc.issuer) : doc.issuer) : '';
      const parts = [number, issuer, withYear && year ? (lang === 'en' ? String(year) : `${year}年`) : ''];
      return parts.filter(Boolean).join(lang === 'en' ? ', ' : '，');
    })
    .join(lang === 'en' ? '; ' : '；');
}

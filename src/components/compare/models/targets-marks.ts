// The targets chart's drawing of the selected places: each target as a mark (a level's dot or a change's arrow),
// with the other statement of a target its plan states two ways.
import type { Lang } from '../../../i18n/ui.ts';
import type { TargetMark } from '../../charts/targets-dot.ts';
import { WHERE_LABELS } from '../strings.ts';
import { num, placeOf, quoteHref, str, type DataRow } from './shared.ts';
import { indicatorLabel, statement } from './targets-words.ts';

export function marksOf(rows: DataRow[], lang: Lang): TargetMark[] {
  return rows.map((r) => {
    const doc = str(r['doc_id']);
    const otherId = str(r['other_mention_id']);
    return {
      ...statement(r),
      id: str(r['target_id']),
      place: doc,
      placeLabel: placeOf(r, lang),
      indicator: str(r['indicator_id']) || str(r['indicator_zh']),
      indicatorLabel: indicatorLabel(r, lang),
      group: str(r['indicator_group']),
      measure: r['measure'] === 'change' ? 'change' : 'level',
      unit: str(r['unit']),
      frequency: str(r['frequency']),
      year: num(r['target_year']),
      href: quoteHref(lang, 'targets', doc, str(r['target_id'])),
      where: WHERE_LABELS[str(r['source_kind'])]?.[lang] ?? '',
      other:
        r['other_value'] === null || r['other_value'] === undefined
          ? null
          : {
              ...statement(r, 'other_'),
              where: WHERE_LABELS[str(r['other_source_kind'])]?.[lang] ?? '',
              href: quoteHref(lang, otherId ? 'target_mentions' : 'targets', doc, otherId || str(r['target_id'])),
            },
    };
  });
}

// How a section is named in the outline and in row views: its label and heading as written, shortened; never empty.
import type { Lang } from '../../i18n/ui.ts';
import type { SectionRow } from '../../lib/schema/index.ts';

const KIND = {
  en: { cover: 'Cover notice', preamble: 'Preamble', attachments: 'Attachments', annex: 'Annex' },
  zh: { cover: '印发通知', preamble: '前言', attachments: '附件', annex: '附件' },
} as const;

export function sectionLabel(s: Pick<SectionRow, 'label' | 'heading_zh' | 'kind' | 'section_id'>, lang: Lang): string {
  const h = s.heading_zh.length > 28 ? `${s.heading_zh.slice(0, 27)}…` : s.heading_zh;
  const kind = (KIND[lang] as Record<string, string>)[s.kind] ?? '';
  // Never an empty link: fall back to the kind of section, then its id.
  return (s.label ? `${s.label}${h}` : h || kind) || s.section_id;
}

// The plan's outline as a tree of sections (three levels) with readable labels. Pure: the plan page renders it with
// Outline.astro at build time, /extract/ as HTML in the browser.
import type { Lang } from '../../i18n/ui.ts';
import type { SectionRow } from '../../lib/schema/index.ts';

export interface OutlineItem {
  sec: SectionRow;
  label: string;
  children: OutlineItem[];
}

const KIND_LABEL: Record<Lang, Record<string, string>> = {
  en: { cover: 'Cover notice', preamble: 'Preamble', attachments: 'Attachments', annex: 'Annex' },
  zh: { cover: '印发通知', preamble: '前言', attachments: '附件', annex: '附件' },
};

/** '一、总体要求…' (headings over 28 characters cut); never empty: the kind of section, then its id. */
export function outlineLabel(s: SectionRow, lang: Lang): string {
  const h = s.heading_zh.length > 28 ? `${s.heading_zh.slice(0, 27)}…` : s.heading_zh;
  return (s.label ? `${s.label}${h}` : h || KIND_LABEL[lang][s.kind] || '') || s.section_id;
}

/** Top-level sections with their children, down to level 3, in reading order. */
export function outlineTree(sections: SectionRow[], lang: Lang): OutlineItem[] {
  const childrenOf = (parent: string | null) =>
    sections.filter((s) => s.parent_id === parent).sort((a, b) => a.ordinal - b.ordinal);
  const tree = (parent: string | null): OutlineItem[] =>
    childrenOf(parent).map((sec) => ({
      sec,
      label: outlineLabel(sec, lang),
      children: sec.level < 3 ? tree(sec.section_id) : [],
    }));
  return tree(null);
}

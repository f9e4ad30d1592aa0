// The plan's outline as a tree of sections (three levels) with readable labels (section-label.ts). Pure: the plan
// page renders it with Outline.astro at build time, /extract/ as HTML in the browser.
import type { Lang } from '../../i18n/ui.ts';
import type { SectionRow } from '../../lib/schema/index.ts';
import { sectionLabel } from './section-label.ts';

export interface OutlineItem {
  sec: SectionRow;
  label: string;
  children: OutlineItem[];
}

/** Top-level sections with their children, down to level 3, in reading order. */
export function outlineTree(sections: SectionRow[], lang: Lang): OutlineItem[] {
  const childrenOf = (parent: string | null) =>
    sections.filter((s) => s.parent_id === parent).sort((a, b) => a.ordinal - b.ordinal);
  const tree = (parent: string | null): OutlineItem[] =>
    childrenOf(parent).map((sec) => ({
      sec,
      label: sectionLabel(sec, lang),
      children: sec.level < 3 ? tree(sec.section_id) : [],
    }));
  return tree(null);
}

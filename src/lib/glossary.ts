// Names of agencies and institutions in the page's language: English from the glossary (vocab_glossary) on English
// pages, with the Chinese kept for a tooltip; the Chinese itself, marked as Chinese, when the glossary lacks the name.
import type { Lang } from '../i18n/ui.ts';
import { foldKey } from './text/index.ts';

export interface GlossaryTerm {
  term_zh: string;
  name_en: string;
}

export interface NameView {
  /** What the page shows. */
  text: string;
  /** lang attribute of the shown text: 'zh-Hans' when it is Chinese. */
  lang: 'en' | 'zh-Hans';
  /** The Chinese as written, for a tooltip, when the shown text is a translation; else null. */
  zh: string | null;
}

export type NameLookup = (zh: string, lang: Lang) => NameView;

/** A lookup over the glossary: full-width and half-width forms and spaces do not matter. */
export function glossaryLookup(terms: GlossaryTerm[]): NameLookup {
  const byKey = new Map<string, string>();
  for (const t of terms) {
    const key = foldKey(t.term_zh);
    const prev = byKey.get(key);
    if (prev !== undefined && prev !== t.name_en)
      throw new Error(`vocab_glossary: ${t.term_zh} has two English names (${prev}; ${t.name_en})`);
    byKey.set(key, t.name_en);
  }
  return (zh, lang) => {
    const en = lang === 'en' ? byKey.get(foldKey(zh)) : undefined;
    return en ? { text: en, lang: 'en', zh } : { text: zh, lang: 'zh-Hans', zh: null };
  };
}

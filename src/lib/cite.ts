// Citation texts for the data release and for a plan (or one passage of it): an author–date form on English pages,
// GB/T 7714-2015 on Chinese pages ([DS/OL] for the data set, [EB/OL] for a plan read on this site). Pure.
import type { Lang } from '../i18n/ui.ts';
import { PROJECT } from './project.ts';

export interface ReleaseFacts {
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
}

/** The data release: whole title, version and date; `url` is the data page's address (or its path when unknown). */
export function dataCitation(release: ReleaseFacts, lang: Lang, url: string): string {
  const year = release.date.slice(0, 4);
  if (lang === 'zh')
    return `${PROJECT.author.zh}. ${PROJECT.title.zh}: ${release.version} 版[DS/OL]. (${release.date}). ${url}.`;
  return `${PROJECT.author.en} (${year}). ${PROJECT.title.en}. Version ${release.version}, released ${release.date} [Data set]. ${PROJECT.licence}. ${url}`;
}

export interface PlanFacts {
  titleZh: string | null;
  docId: string;
  issuerZh: string | null;
  /** The issuer's English name (glossary), null when the glossary lacks it: the Chinese is used. */
  issuerEn: string | null;
  docNumber: string | null;
  issueDate: string | null;
  issueYear: number | null;
}

/**
 * A plan as read on this site; with `line`, one passage of it (the line of the source file, which never changes).
 * `url` is the permalink (the plan page, with #p-<line> for a passage).
 */
export function planCitation(
  plan: PlanFacts,
  release: ReleaseFacts,
  lang: Lang,
  url: string,
  line: number | null = null,
): string {
  const title = plan.titleZh ?? plan.docId;
  const when = plan.issueDate ?? (plan.issueYear !== null ? String(plan.issueYear) : null);
  if (lang === 'zh') {
    const author = plan.issuerZh ? `${plan.issuerZh}. ` : '';
    const number = plan.docNumber ? `: ${plan.docNumber}` : '';
    const date = when ? `(${when}). ` : '';
    const where = line !== null ? `, 第 ${line} 行` : '';
    return `${author}${title}${number}[EB/OL]. ${date}${PROJECT.siteName.zh}, 数据 ${release.version} 版 (${release.date})${where}. ${url}.`;
  }
  const issuer = plan.issuerEn ?? plan.issuerZh;
  const author = issuer ? `${issuer}${when ? ` (${when.slice(0, 4)})` : ''}. ` : when ? `(${when.slice(0, 4)}). ` : '';
  const number = plan.docNumber ? ` (${plan.docNumber})` : '';
  const issued = plan.issueDate ? `, issued ${plan.issueDate}` : '';
  const where = line !== null ? `Line ${line} of the text in ` : 'Text in ';
  return `${author}${title}${number}${issued}. ${where}${PROJECT.siteName.en}, data version ${release.version} (${release.date}). ${url}`;
}

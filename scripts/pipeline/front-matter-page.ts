// The metadata a web page's chrome carries (索引号, 发布机构, 文号, 成文日期, …), read from the chrome lines normalize.ts
// set aside, as front matter with origin `page-metadata`: it fills title, issuer, document number and date where
// neither the text nor the manifest states them.
import { metadataFromLines } from './convert/page-metadata.ts';
import type { FrontMatter, PageFact } from './types.ts';

/** Fields of the metadata lines among the chrome (cells split by `|`, `｜` or tabs), as written. */
export function pageFactsOf(chrome: readonly { text: string; kind: string }[]): PageFact[] {
  const lines = chrome.filter((c) => c.kind === 'metadata').map((c) => c.text.replace(/[|｜]/g, '\t'));
  return metadataFromLines(lines);
}

type Fillable = Pick<FrontMatter, 'titleZh' | 'titleOrigin' | 'issuerZh' | 'issuerOrigin' | 'docNumber' | 'issueDate'>;

/** Fill what the text and the manifest leave empty from the page's metadata; returns the fields filled. */
export function fillFromPage(front: Fillable, facts: readonly PageFact[]): (keyof Fillable)[] {
  const get = (field: string) => facts.find((f) => f.field === field);
  const filled: (keyof Fillable)[] = [];
  const title = get('title');
  if (front.titleZh === null && title) {
    front.titleZh = title.value;
    front.titleOrigin = 'page-metadata';
    filled.push('titleZh');
  }
  const issuer = get('issuer');
  if (front.issuerZh === null && issuer) {
    front.issuerZh = issuer.value;
    front.issuerOrigin = 'page-metadata';
    filled.push('issuerZh');
  }
  const number = get('doc_number');
  if (front.docNumber === null && number && number.value !== '无') {
    front.docNumber = number.value.replace(/\s+/g, '');
    filled.push('docNumber');
  }
  const date = get('written_date')?.isoDate ?? get('publish_date')?.isoDate;
  if (front.issueDate === null && date) {
    front.issueDate = date;
    filled.push('issueDate');
  }
  return filled;
}

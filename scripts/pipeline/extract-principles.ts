// Principles (`坚持X`): which 坚持 phrases are principles is decided by the rule in
// data/vocab/EXTRACTION_RULES.md, section "Principles".
import type { PrincipleRow } from '../../src/lib/schema/principles.ts';
import type { PrincipleEntry } from '../../src/lib/schema/vocab.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import { clauseEnd, PHRASE_STOPS } from './clauses.ts';
import { rawSpanOf } from './locate.ts';
import type { Paragraph, ParsedDocument, Section } from './types.ts';
import { splitOutsideBrackets, writtenText } from './written-text.ts';

type PrincipleForm = PrincipleRow['form'];

const LABEL = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、．]|\d+\)|[①-⑳])\s*/;

/** Compare forms without quotes, brackets or spaces: `“管办分开”` and `管办分开` are one wording. */
function key(zh: string): string {
  return zh.replace(/[“”"'‘’\s]/g, '').replace(/[（(][^）)]*[）)]$/, '');
}

function lookup(vocab: PrincipleEntry[], zh: string): PrincipleEntry | undefined {
  const k = key(zh);
  return vocab.find((e) => e.patterns_zh.some((p) => key(p) === k));
}

function inPrinciplesSection(doc: ParsedDocument, sectionId: string): boolean {
  let s: Section | undefined = doc.sections.find((x) => x.sectionId === sectionId);
  while (s) {
    if (s.headingZh.includes('原则')) return true;
    const parent = s.parentId;
    s = parent ? doc.sections.find((x) => x.sectionId === parent) : undefined;
  }
  return false;
}

interface Candidate {
  at: number;
  form: PrincipleForm;
}

/** Positions of 坚持 in a paragraph that open a principle, with how they are written. */
function candidates(text: string, principlesSection: boolean, headingZh: string): Candidate[] {
  const out = new Map<number, PrincipleForm>();
  let labelLen = LABEL.exec(text)?.[0].length ?? 0;
  // `（二）基本原则。坚持…`: the principles start after a run-in 原则 heading.
  if (
    headingZh.includes('原则') &&
    text.startsWith(headingZh, labelLen) &&
    /[。:：]/.test(text[labelLen + headingZh.length] ?? '')
  )
    labelLen += headingZh.length + 1;
  const firstStop = text.indexOf('。', labelLen);
  const firstSentenceEnd = firstStop < 0 ? text.length : firstStop;
  for (let at = text.indexOf('坚持'); at >= 0; at = text.indexOf('坚持', at + 2)) {
    const before = text[at - 1] ?? '';
    const phrase = text.slice(at + 2, clauseEnd(text, at + 2, PHRASE_STOPS));
    const afterPhrase = text[at + 2 + phrase.length] ?? '';
    // Anywhere: a clause that names itself a principle (坚持A、B的原则 / 坚持A原则).
    if (phrase.includes('原则')) out.set(at, 'named');
    if (!principlesSection) continue;
    if (at === labelLen) out.set(at, out.get(at) ?? 'lead');
    else if (at < firstSentenceEnd && /[,，;；]/.test(before)) out.set(at, out.get(at) ?? 'series');
    // A short run-in heading later in the paragraph: `…。坚持公益导向。…`.
    else if (/[。;；]/.test(before) && afterPhrase === '。' && phrase.length <= 12)
      out.set(at, out.get(at) ?? 'run_in');
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([at, form]) => ({ at, form }));
}

interface Found {
  para: Paragraph;
  at: number;
  form: PrincipleForm;
  phraseEnd: number;
  items: { offset: number; length: number }[];
}

/** The principles of one plan, in reading order, and the ones not in the vocabulary. */
export function extractPrinciples(
  doc: ParsedDocument,
  vocabList: PrincipleEntry[],
): { rows: PrincipleRow[]; report: ReportEntry[] } {
  const found: Found[] = [];
  for (const para of doc.paragraphs) {
    if (para.kind === 'table-row') continue;
    const text = para.text;
    const headingZh = doc.sections.find((x) => x.sectionId === para.sectionId)?.headingZh ?? '';
    for (const { at, form } of candidates(text, inPrinciplesSection(doc, para.sectionId), headingZh)) {
      const phrase = text.slice(at + 2, clauseEnd(text, at + 2, PHRASE_STOPS));
      const phraseEnd = at + 2 + phrase.length;
      const ruleAt = phrase.indexOf('原则');
      // `坚持A、B、C的原则` lists principles; `坚持A` is one principle unless every listed part is known.
      const body = ruleAt >= 0 ? phrase.slice(0, ruleAt).replace(/的$/, '') : phrase;
      const parts = splitOutsideBrackets(body, '、');
      const split = ruleAt >= 0 || (parts.length > 1 && parts.every((p) => lookup(vocabList, p.text)));
      const whole = { text: body.trim(), offset: body.length - body.trimStart().length };
      const items = (split ? parts : [whole])
        .filter((p) => p.text.length > 0)
        .map((p) => {
          // A gloss in brackets after the name (`三个不变（…）`) stays in the quote, not in the name.
          const gloss = /[（(][^（()）]*[）)]$/.exec(p.text);
          return { offset: at + 2 + p.offset, length: gloss && gloss.index > 0 ? gloss.index : p.text.length };
        });
      const end = ruleAt >= 0 ? at + 2 + ruleAt + 2 : phraseEnd;
      found.push({ para, at, form, phraseEnd: end, items });
    }
  }
  const rows: PrincipleRow[] = [];
  const report: ReportEntry[] = [];
  for (const f of found) {
    const span = rawSpanOf(doc.clean, f.para.cleanStart + f.at, f.para.cleanStart + f.phraseEnd);
    for (const item of f.items) {
      let a = f.para.cleanStart + item.offset;
      let b = a + item.length;
      // Quotation marks around a principle are not part of its name.
      while (a < b && '“"'.includes(doc.clean.text[a] ?? '')) a++;
      while (b > a && '”"'.includes(doc.clean.text[b - 1] ?? '')) b--;
      const principleZh = writtenText(doc.clean, a, b);
      const entry = lookup(vocabList, principleZh);
      const ordinal = rows.length + 1;
      const row: PrincipleRow = {
        principle_row_id: `${doc.docId}-p${String(ordinal).padStart(2, '0')}`,
        doc_id: doc.docId,
        section_id: f.para.sectionId,
        ordinal,
        principle_zh: principleZh,
        principle_id: entry?.principle_id ?? '',
        name_en: entry?.name_en ?? '',
        form: f.form,
        quote: span.quote,
        start: span.start,
        end: span.end,
      };
      rows.push(row);
      if (!entry) {
        report.push({
          doc_id: doc.docId,
          dataset: 'principles',
          kind: 'unknown-principle',
          message: `${doc.fileName}:${f.para.line}: principle ${principleZh} is not in data/vocab/principles.json; kept with an empty principle_id`,
          quote: span.quote,
          start: span.start,
          end: span.end,
        });
      }
    }
  }
  return { rows, report };
}

/** Registry entry: the `principles` dataset. */
export function principlesExtractor(doc: ParsedDocument, vocab: Vocabularies): ExtractorResult {
  const { rows, report } = extractPrinciples(doc, vocab.principles);
  return { datasets: { principles: rows }, report };
}

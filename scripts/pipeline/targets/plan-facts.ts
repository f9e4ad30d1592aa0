// What the whole plan tells the target readers: its own year (an annual plan's title year), where its period
// starts (before it, figures are past statistics), which sections describe the starting point, which table
// years are baselines. Rules: data/vocab/TARGET_RULES.md, "Target year" and "Not targets".
import { digitByDigit, foldWidth } from '../../../src/lib/text/index.ts';
import type { ParsedDocument, Section } from '../types.ts';
import { alt, type CompiledLexicon } from './lexicon.ts';

export interface PlanFacts {
  /** The one calendar year an annual plan names in its title (`2023年…工作要点`): the year of its undated targets. */
  titleYear: number | null;
  /** First year of the plan's period: title year, title range (`2023—2025年`), named period (`十四五`), or issue year. */
  startYear: number | null;
  /** Sections (ids) whose heading, or an ancestor's, names the starting point (发展基础, 基本情况). */
  pastSections: Set<string>;
  /** Years a note names a baseline (`注：2020年为基期值`). */
  baselineYears: Set<number>;
}

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const RANGE = new RegExp(`${YEAR}\\s*(?:年)?\\s*[—–\\-－~～至到]+\\s*${YEAR}\\s*年`);
const ONE_YEAR = new RegExp(`${YEAR}\\s*年`, 'g');

/** Years of a title: a range (its first and last) or the single years it names. */
export function titleYears(title: string): { range: [number, number] | null; single: number[] } {
  const t = foldWidth(title);
  const r = RANGE.exec(t);
  const range: [number, number] | null = r ? [digitByDigit(r[1] as string), digitByDigit(r[2] as string)] : null;
  const rest = r ? t.replace(r[0], '') : t;
  const single = [...rest.matchAll(ONE_YEAR)].map((m) => digitByDigit(m[1] as string)).filter((y) => y >= 1949);
  return { range, single };
}

function isPastSection(s: Section, lex: CompiledLexicon): boolean {
  return lex.pastSection.test(s.headingZh) && !lex.pastSectionUnless.test(s.headingZh);
}

/**
 * The plan's title: the front matter's, else a first line that reads as one (no sentence punctuation, short), so an
 * annual plan whose title the front matter did not recognise still gives its year.
 */
function titleOf(doc: ParsedDocument): string {
  if (doc.front.titleZh) return doc.front.titleZh;
  const first = doc.paragraphs.find((p) => p.text.trim() !== '' && p.start >= doc.front.bodyStart);
  const t = first?.text.trim() ?? '';
  return t.length <= 60 && !/[。,;:!?]/.test(t) ? t : '';
}

/**
 * The start of the period the text names most (`“十四五”…` × 3 over `“十三五”…` × 1), when neither title nor date
 * say: a plan that speaks of its 十四五 targets started in 2021. The earliest period of a tie (the past) loses.
 */
function namedPeriodStart(text: string, lex: CompiledLexicon): number | null {
  let best: { start: number; n: number } | null = null;
  for (const [word, p] of lex.periods) {
    const n = text.split(word).length - 1;
    if (n > 0 && (!best || n > best.n || (n === best.n && p.start > best.start))) best = { start: p.start, n };
  }
  return best?.start ?? null;
}

export function planFacts(doc: ParsedDocument, lex: CompiledLexicon): PlanFacts {
  const title = titleOf(doc);
  const { range, single } = titleYears(title);
  const titleYear = !range && single.length === 1 ? (single[0] as number) : null;
  const period = [...lex.periods.entries()].find(([w]) => title.includes(w))?.[1];
  const issueYear = doc.front.issueDate ? Number(doc.front.issueDate.slice(0, 4)) : null;
  const startYear = titleYear ?? range?.[0] ?? period?.start ?? issueYear ?? namedPeriodStart(doc.clean.text, lex);
  const byId = new Map(doc.sections.map((s) => [s.sectionId, s]));
  const pastSections = new Set<string>();
  for (const s of doc.sections) {
    let at: Section | undefined = s;
    while (at) {
      if (isPastSection(at, lex)) {
        pastSections.add(s.sectionId);
        break;
      }
      at = at.parentId ? byId.get(at.parentId) : undefined;
    }
  }
  const baselineYears = new Set<number>();
  const notes = new RegExp(`(\\d{4})年(?:${alt(lex.raw.table.baseline_notes)})`, 'g');
  for (const m of doc.clean.text.matchAll(notes)) baselineYears.add(Number(m[1]));
  return { titleYear, startYear, pastSections, baselineYears };
}

// Reform instruments each plan adopts, matched against the vocabulary in data/vocab/instruments.json;
// one row per plan and instrument, quoting the clause that shows it.
import type { ExtractorResult, ReportEntry, Row, Vocabularies } from './extract-all.ts';
import { rawSpanOf } from './locate.ts';
import type { ParsedDocument } from './types.ts';
import { writtenText } from './written-text.ts';

export interface InstrumentVocabEntry {
  instrument_id: string;
  name_zh: string;
  name_en: string;
  definition_en: string;
  /** Regular expressions over the clean text (full-width punctuation folded: `，`→`,`, `；`→`;`). */
  patterns_zh: string[];
}

export type Stance = 'adopt' | 'pilot' | 'explore';

export interface InstrumentRow {
  instrument_row_id: string;
  doc_id: string;
  section_id: string;
  instrument_id: string;
  name_zh: string;
  name_en: string;
  match_zh: string;
  stance: Stance;
  mentions: number;
  quote: string;
  start: number;
  end: number;
}

export interface CompiledInstrument {
  entry: InstrumentVocabEntry;
  patterns: RegExp[];
}

/** Validate data/vocab/instruments.json and compile its patterns. */
export function instrumentVocab(vocab: Vocabularies): CompiledInstrument[] {
  const list = vocab['instruments'];
  if (!Array.isArray(list)) throw new Error('data/vocab/instruments.json: expected an array');
  const ids = new Set<string>();
  return list.map((e, i) => {
    const entry = e as Partial<InstrumentVocabEntry>;
    const where = `data/vocab/instruments.json[${i}]`;
    if (!entry || typeof entry.instrument_id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(entry.instrument_id))
      throw new Error(`${where}: instrument_id must be snake_case`);
    for (const f of ['name_zh', 'name_en', 'definition_en'] as const)
      if (typeof entry[f] !== 'string' || !entry[f])
        throw new Error(`${where} ${entry.instrument_id}: ${f} is required`);
    if (!Array.isArray(entry.patterns_zh) || entry.patterns_zh.length === 0)
      throw new Error(`${where} ${entry.instrument_id}: patterns_zh must be non-empty`);
    if (ids.has(entry.instrument_id))
      throw new Error(`data/vocab/instruments.json: duplicate instrument_id ${entry.instrument_id}`);
    ids.add(entry.instrument_id);
    const patterns = entry.patterns_zh.map((p) => {
      try {
        return new RegExp(p, 'g');
      } catch (err) {
        throw new Error(`${where} ${entry.instrument_id}: bad pattern ${p}: ${(err as Error).message}`);
      }
    });
    return { entry: entry as InstrumentVocabEntry, patterns };
  });
}

const LABEL = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、．]|\d+\))\s*/;
const CLAUSE_END = /[,，。;；:：\n]/;
const STANCE_RANK: Record<Stance, number> = { adopt: 0, pilot: 1, explore: 2 };

interface Mention {
  sectionId: string;
  pattern: number;
  a: number;
  b: number;
  clauseA: number;
  clauseB: number;
  stance: Stance;
}

/** The instruments of one plan, in vocabulary order. */
export function extractInstruments(
  doc: ParsedDocument,
  vocab: CompiledInstrument[],
): { rows: InstrumentRow[]; report: ReportEntry[] } {
  const rows: InstrumentRow[] = [];
  for (const { entry, patterns } of vocab) {
    const mentions: Mention[] = [];
    for (const para of doc.paragraphs) {
      const t = para.text;
      patterns.forEach((re, pattern) => {
        re.lastIndex = 0;
        for (const m of t.matchAll(re)) {
          if (m[0].length === 0) continue;
          // A list joint (`、`) at either end is not part of the wording.
          const lead = /^[、,]*/.exec(m[0])?.[0].length ?? 0;
          const a = para.cleanStart + m.index + lead;
          const b = para.cleanStart + m.index + m[0].length;
          if (mentions.some((x) => a < x.b && x.a < b)) continue;
          let ca = m.index;
          while (ca > 0 && !CLAUSE_END.test(t[ca - 1] ?? '')) ca--;
          // The clause that opens a numbered paragraph is quoted without its label.
          if (ca === 0) ca = LABEL.exec(t)?.[0].length ?? 0;
          let cb = m.index + m[0].length;
          while (cb < t.length && !CLAUSE_END.test(t[cb] ?? '')) cb++;
          const clause = t.slice(ca, cb);
          // Trying something out is not the same as adopting it: 试点 (pilot) and 探索 (explore) are kept apart.
          const stance: Stance = clause.includes('试点') ? 'pilot' : clause.includes('探索') ? 'explore' : 'adopt';
          mentions.push({
            sectionId: para.sectionId,
            pattern,
            a,
            b,
            clauseA: para.cleanStart + ca,
            clauseB: para.cleanStart + cb,
            stance,
          });
        }
      });
    }
    if (mentions.length === 0) continue;
    // The quote shows the firmest commitment, in the most specific wording (patterns are listed most specific first).
    mentions.sort((x, y) => STANCE_RANK[x.stance] - STANCE_RANK[y.stance] || x.pattern - y.pattern || x.a - y.a);
    const best = mentions[0] as Mention;
    const span = rawSpanOf(doc.clean, best.clauseA, best.clauseB);
    rows.push({
      instrument_row_id: `${doc.docId}-${entry.instrument_id}`,
      doc_id: doc.docId,
      section_id: best.sectionId,
      instrument_id: entry.instrument_id,
      name_zh: entry.name_zh,
      name_en: entry.name_en,
      match_zh: writtenText(doc.clean, best.a, best.b),
      stance: best.stance,
      mentions: mentions.length,
      quote: span.quote,
      start: span.start,
      end: span.end,
    });
  }
  return { rows, report: [] };
}

/** Registry entry: the `instruments` dataset. */
export function instrumentsExtractor(doc: ParsedDocument, vocab: Vocabularies): ExtractorResult {
  const { rows, report } = extractInstruments(doc, instrumentVocab(vocab));
  return { datasets: { instruments: rows as unknown as Row[] }, report };
}

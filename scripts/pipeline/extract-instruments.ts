// Reform instruments each plan adopts, matched against the vocabulary in data/vocab/instruments.json;
// one row per plan and instrument, quoting the clause that shows it.
import type { InstrumentRow } from '../../src/lib/schema/instruments.ts';
import type { InstrumentEntry } from '../../src/lib/schema/vocab.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import { clauseEnd, clauseStart } from './clauses.ts';
import { rawSpanOf } from './locate.ts';
import type { ParsedDocument } from './types.ts';
import { writtenText } from './written-text.ts';

type Stance = InstrumentRow['stance'];

export interface CompiledInstrument {
  entry: InstrumentEntry;
  patterns: RegExp[];
}

/** The vocabulary's patterns compiled (the schema has checked that each compiles). */
export function compileInstruments(entries: InstrumentEntry[]): CompiledInstrument[] {
  return entries.map((entry) => ({ entry, patterns: entry.patterns_zh.map((p) => new RegExp(p, 'g')) }));
}

const LABEL = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、．]|\d+\))\s*/;
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
          let ca = clauseStart(t, m.index);
          // The clause that opens a numbered paragraph is quoted without its label.
          if (ca === 0) ca = LABEL.exec(t)?.[0].length ?? 0;
          const cb = clauseEnd(t, m.index + m[0].length);
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
  const { rows, report } = extractInstruments(doc, compileInstruments(vocab.instruments));
  return { datasets: { instruments: rows }, report };
}

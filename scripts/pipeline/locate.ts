// Turning clean-text positions into published raw spans, and finding the section of a position.
import type { CleanText, ParsedDocument, RawSpan, Section } from './types.ts';

/** The raw span covering clean text [cleanStart, cleanEnd); the quote is the verbatim raw text. */
export function rawSpanOf(clean: CleanText, cleanStart: number, cleanEnd: number): RawSpan {
  if (cleanStart < 0 || cleanEnd > clean.text.length || cleanEnd < cleanStart) {
    throw new RangeError(`clean span [${cleanStart}, ${cleanEnd}) outside text of length ${clean.text.length}`);
  }
  const start = clean.toRaw[cleanStart] ?? clean.raw.length;
  const end = cleanEnd > cleanStart ? (clean.toRaw[cleanEnd - 1] ?? start) + 1 : start;
  return { start, end, quote: clean.raw.slice(start, end) };
}

/** The deepest section whose clean span contains the clean offset (cover/preamble included). */
export function sectionAtClean(doc: ParsedDocument, cleanOffset: number): Section {
  let best: Section | undefined;
  for (const s of doc.sections) {
    if (s.cleanStart <= cleanOffset && cleanOffset < s.cleanEnd && (!best || s.level >= best.level)) best = s;
  }
  const fallback = doc.sections[0];
  if (!best && !fallback) throw new Error(`${doc.fileName}: document has no sections`);
  return (best ?? fallback) as Section;
}

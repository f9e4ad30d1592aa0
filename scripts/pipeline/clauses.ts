// Sentences and clauses of a paragraph's clean text (full-width punctuation already folded: `，`→`,`, `；`→`;`).
// Every extractor that cuts text into sentences or clauses uses these, each with the stops its rule names.

export interface Span {
  start: number;
  end: number;
}

/** Characters that end a sentence. */
export const SENTENCE_END = '。!?！？';
/** Stops of a clause around a match: commas, semicolons, colons, sentence ends and line breaks. */
export const CLAUSE_STOPS = ',，。;；:：\n';
/** Stops of a phrase after a word (`坚持X`): clause stops and question and exclamation marks. */
export const PHRASE_STOPS = ',，。;；:：!?！？\n';

/** Sentences of a paragraph: spans ending after 。!?！？ (the last may end without one). */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.includes(text[i] as string)) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < text.length) out.push({ start: s, end: text.length });
  return out;
}

/**
 * Clauses of a sentence, each with the character that closed it ('' for the last): cut at , ; : and sentence
 * ends, and at brackets, except a short bracket that closes within 7 characters (`县(区)`), which stays inside.
 */
export function clausesOf(text: string, sentence: Span): (Span & { closer: string })[] {
  const out: (Span & { closer: string })[] = [];
  let s = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i] as string;
    let cut = /[,;:]/.test(ch) || SENTENCE_END.includes(ch);
    if (ch === '(') cut = !text.slice(i + 1, i + 8).includes(')');
    if (ch === ')') cut = !text.slice(Math.max(sentence.start, i - 7), i).includes('(');
    if (cut) {
      if (i > s) out.push({ start: s, end: i, closer: ch });
      s = i + 1;
    }
  }
  if (s < sentence.end) out.push({ start: s, end: sentence.end, closer: '' });
  return out;
}

/** Where the clause holding `at` starts: just after the last of `stops` before it, not before `from`. */
export function clauseStart(text: string, at: number, stops = CLAUSE_STOPS, from = 0): number {
  let a = at;
  while (a > from && !stops.includes(text[a - 1] ?? '')) a--;
  return a;
}

/** Where the clause holding `at` ends: at the first of `stops` from `at` on (the text's end when none). */
export function clauseEnd(text: string, at: number, stops = CLAUSE_STOPS): number {
  let b = at;
  while (b < text.length && !stops.includes(text[b] ?? '')) b++;
  return b;
}

/** Pieces of `text`, each ending just after one of `enders` (the last may end without one): `a;b。c` → `a;` `b。` `c`. */
export function piecesEndingWith(text: string, enders: string): string[] {
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (enders.includes(text[i] as string)) {
      out.push(text.slice(s, i + 1));
      s = i + 1;
    }
  }
  if (s < text.length || out.length === 0) out.push(text.slice(s));
  return out;
}

/** True when `pos` stands between an `open` and its `close` (the last `open` before it is not yet closed, and closes later). */
export function insideBrackets(text: string, pos: number, open: string, close: string): boolean {
  const a = text.lastIndexOf(open, pos);
  if (a === -1) return false;
  const b = text.lastIndexOf(close, pos);
  return b < a && text.indexOf(close, pos) !== -1;
}

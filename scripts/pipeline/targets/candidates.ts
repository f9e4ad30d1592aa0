// Quantity candidates: the numbers of a clause that carry target wording (a cue before, a qualifier after, or a
// commitment verb before a count), with comparator, unit and where the cue starts. Rules: data/vocab/TARGET_RULES.md.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import { insideBrackets, type Span } from '../clauses.ts';
import { parseRangeAt } from '../parse-number.ts';
import { measureLength, perPopulationUnit, unitOfMeasure, type CompiledLexicon } from './lexicon.ts';

export interface Candidate {
  numStart: number;
  numEnd: number;
  /** End of number + unit + suffix words. */
  tailEnd: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  /** Where the cue words start (indicator text ends there for prefix-named targets). */
  cueStart: number;
  /** The number counts what a verb commits to building or doing (`组建2个`): its object names the indicator. */
  commit: boolean;
}

/** Why a number is not a target, or null when it may be one. Dates, years, labels, ranks, titles. */
export function notAQuantity(
  text: string,
  r: { start: number; end: number; value: number; percent: boolean; chinese: boolean },
  lex: CompiledLexicon,
): string | null {
  const prev = text[r.start - 1] ?? '';
  const before = text.slice(Math.max(0, r.start - 8), r.start);
  const next = text.slice(r.end, r.end + 2);
  const digits = text.slice(r.start, r.end);
  if (!r.percent && /^\d{4}$/.test(digits) && r.value >= 1949 && r.value <= 2100) return 'year';
  if (prev === '年' && next.startsWith('月')) return 'date';
  if (prev === '月' && /^[日号]/.test(next)) return 'date';
  if (lex.ordinalBeforeAtEnd.test(before)) return 'ordinal or period';
  if (
    insideBrackets(text, r.start, '《', '》') ||
    insideBrackets(text, r.start, '“', '”') ||
    insideBrackets(text, r.start, '〔', '〕')
  )
    return 'inside a title, quotation or document number';
  if (r.chinese && lex.wordBeforeAtEnd.test(before)) return 'word';
  return null;
}

/** The cue ending `prefix` (an adverb such as 均 may stand between cue and number), or a commitment verb. */
export function cueBefore(
  prefix: string,
  lex: CompiledLexicon,
): { comparator: Comparator; len: number; commit: boolean } | null {
  const gap = lex.cueGapAtEnd.exec(prefix);
  const core = gap ? prefix.slice(0, -gap[0].length) : prefix;
  for (const [re, c] of lex.cues) {
    const m = re.exec(core);
    if (m) return { comparator: c, len: m[0].length + (gap ? gap[0].length : 0), commit: false };
  }
  const c = lex.commitAtEnd.exec(prefix);
  if (c) return { comparator: 'eq', len: c[0].length, commit: true };
  return null;
}

/** Every target candidate of one clause; numbers with a unit but no target wording are reported through `skipped`. */
export function findCandidates(
  text: string,
  clause: Span,
  sentence: Span,
  isCondition: boolean,
  lex: CompiledLexicon,
  skipped: (reason: string, s: number, e: number) => void,
): Candidate[] {
  const out: Candidate[] = [];
  let i = clause.start;
  while (i < clause.end) {
    const prevCh = text[i - 1] ?? '';
    const startsToken = !/[0-9.零〇一二两三四五六七八九十百千万点]/.test(prevCh) || i === clause.start;
    const r = startsToken ? parseRangeAt(text, i) : null;
    if (!r || r.end > clause.end) {
      i++;
      continue;
    }
    i = r.end;
    const after = text.slice(r.end, clause.end);
    let unit = r.percent ? 'percent' : (unitOfMeasure(after, lex) ?? '');
    let tailEnd = r.end + (r.percent ? 0 : measureLength(after, lex));
    if (r.chinese && !r.percent && unit === '') continue;
    if (!r.percent && unit === 'count' && text.slice(r.end, r.end + 3) === '个百分') unit = 'percentage_points';
    if (notAQuantity(text, r, lex)) continue;
    if (isCondition) continue;
    if (unit === 'persons' || unit === 'count')
      unit = perPopulationUnit(text.slice(clause.start, r.start), lex) ?? unit;
    const prefix = text.slice(clause.start, r.start);
    let comparator: Comparator | null = null;
    let cueStart = r.start;
    let commit = false;
    const cue = cueBefore(prefix, lex);
    const counted = unit === 'count' || unit === 'persons' || unit === 'person_times';
    const joined = lex.atLeastJoinedAtEnd.exec(prefix);
    if (cue && (!cue.commit || counted)) {
      comparator = cue.comparator;
      cueStart = r.start - cue.len;
      commit = cue.commit;
      // `选派不少于十二名医师`: the verb before the comparator makes the object the indicator.
      if (!commit && counted && lex.commitAtEnd.test(prefix.slice(0, prefix.length - cue.len))) commit = true;
    } else if (joined) {
      comparator = 'ge';
      cueStart = r.start - joined[0].length;
      commit = true;
    } else if (
      counted &&
      lex.possessionAtEnd.test(prefix) &&
      lex.commitments.test(text.slice(sentence.start, r.start))
    ) {
      // `力争有两家`: having a counted thing, in a sentence of commitment.
      comparator = 'eq';
      cueStart = r.start - lex.possessionVerb.length;
      commit = true;
    }
    const rest = text.slice(tailEnd, clause.end);
    let suffix: Comparator | null = null;
    for (const [re, c] of lex.suffixes) {
      const m = re.exec(rest);
      if (m) {
        suffix = c;
        tailEnd += m[0].length;
        break;
      }
    }
    if (comparator === null && suffix === null) {
      if (r.percent && rest.startsWith('的')) {
        comparator = 'eq';
        commit = true;
      } else if (
        prefix.endsWith('的') &&
        (unit === 'count' || unit === 'persons') &&
        lex.founding.test(text.slice(sentence.start, clause.start))
      ) {
        // `分别组建由A、B牵头，…的2个医共体`: the verb governs a modifier that runs across a comma.
        comparator = 'eq';
        commit = true;
      } else {
        if (unit !== '')
          skipped('a quantity with no target wording (describes the present or a label)', r.start, tailEnd);
        continue;
      }
    }
    if (unit === '' && !r.percent) {
      skipped('a number with no unit', r.start, tailEnd);
      continue;
    }
    if (lex.atLeast.test(prefix) && comparator === 'eq') comparator = 'ge';
    if (suffix && comparator !== 'increase' && comparator !== 'decrease') comparator = suffix;
    if (r.valueMax !== null) comparator = 'range';
    out.push({
      numStart: r.start,
      numEnd: r.end,
      tailEnd,
      value: r.value,
      valueMax: r.valueMax,
      unit,
      comparator: comparator ?? 'eq',
      cueStart,
      commit,
    });
  }
  return out;
}

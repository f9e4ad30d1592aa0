// Quantity candidates: the numbers of a clause that carry target wording (a cue before, a qualifier after, or a
// commitment verb before a count), with comparator, unit and where the cue starts. Rules: data/vocab/TARGET_RULES.md.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import type { Span } from '../clauses.ts';
import { parseRangeAt, parseRatioAt, type RangeMatch } from '../parse-number.ts';
import {
  comparatorOf,
  measureLength,
  perPopulationUnit,
  unitInContext,
  unitOfMeasure,
  unknownMeasure,
  type CompiledLexicon,
} from './lexicon.ts';
import { dateSpan, notAQuantity } from './not-quantity.ts';

export interface Candidate {
  numStart: number;
  numEnd: number;
  /** End of number + unit + suffix words. */
  tailEnd: number;
  value: number;
  valueMax: number | null;
  unit: string;
  /** The unit is a measure word the lexicon does not know, kept as written (reported). */
  unknownUnit: boolean;
  comparator: Comparator;
  /** Where the cue words start (indicator text ends there for prefix-named targets). */
  cueStart: number;
  /** The number counts what a verb commits to building or doing (`组建2个`): its object names the indicator. */
  commit: boolean;
  /** The object of the commitment stands before the number (`新增三级医院2家`): [start, end) of it. */
  objectBefore: Span | null;
  /** The cue names the indicator after the number (`按每人120元给予补助`). */
  nameAfter: boolean;
}

/** Reports a number that is not a target: reason, clean span. */
export type SkipFn = (reason: string, s: number, e: number) => void;

/** Units a commitment verb may count (`组建2个`, `选派5名`, `提供4次`, `投资4.2亿元`). */
const COUNTED = new Set(['count', 'persons', 'person_times', 'times', 'beds', 'yuan', 'yuan_10k', 'yuan_100m']);
const PUNCT = /[,;:。、()\n]/;

/** `每人每年`, `每个专科`, `人均` between a cue and its number: removed so the cue is found (`为每人每年400元`). */
function withoutScope(prefix: string): string {
  let p = prefix;
  for (;;) {
    const at = p.lastIndexOf('每');
    if (at >= 0 && p.length - at <= 5 && !PUNCT.test(p.slice(at))) p = p.slice(0, at);
    else if (p.endsWith('人均')) p = p.slice(0, -2);
    else return p;
  }
}

/** The cue ending `prefix` (an adverb such as 均 may stand between cue and number), or a commitment verb. */
export function cueBefore(
  prefix: string,
  lex: CompiledLexicon,
  unit = '',
): { comparator: Comparator; len: number; commit: boolean; nameAfter: boolean } | null {
  // `提高到2025年的40%`: a year (and 的) between the cue and its number.
  const withoutYear = prefix.replace(/\d{4}年(?:底|末)?的?$/, '');
  for (const p of [prefix, withoutScope(prefix), withoutYear]) {
    const gap = lex.cueGapAtEnd.exec(p);
    const core = gap ? p.slice(0, -gap[0].length) : p;
    const cue = comparatorOf(lex.cues, core, unit);
    if (cue) {
      const len = prefix.length - p.length + cue.length + (gap?.[0].length ?? 0);
      return { comparator: cue.comparator, len, commit: false, nameAfter: cue.nameAfter };
    }
  }
  const c = lex.commitAtEnd.exec(prefix);
  if (c) return { comparator: 'eq', len: c[0].length, commit: true, nameAfter: false };
  return null;
}

/** A number read at a position: a ratio flag, and the bound a word carries itself (`过半` is ≥ 50%). */
export type NumberMatch = RangeMatch & { ratio: boolean; bound: Comparator | null };

/** The number at `i`: a ratio `1:1.6`, a half in words (`过半数`, `一半`), else a number or range. */
export function numberAt(text: string, i: number, lex: CompiledLexicon): NumberMatch | null {
  const ratio = parseRatioAt(text, i, lex.ratioSep);
  if (ratio) return { ...ratio, valueMax: null, percent: false, chinese: false, ratio: true, bound: null };
  const head = text.slice(i, i + 4);
  const over = lex.halfOver.exec(head);
  const half = over ?? lex.half.exec(head);
  if (half) {
    const value = lex.raw.halves.percent;
    const end = i + half[0].length;
    return {
      value,
      valueMax: null,
      start: i,
      end,
      percent: true,
      chinese: true,
      ratio: false,
      bound: over ? 'ge' : null,
    };
  }
  const r = parseRangeAt(text, i);
  return r ? { ...r, ratio: false, bound: null } : null;
}

/** Unit of the number ending at `end`: %, a measure word (`个`, `‰`, `/10万`), the ratio unit, or an unknown word. */
export function unitAfter(
  text: string,
  r: NumberMatch,
  clauseEnd: number,
  lex: CompiledLexicon,
): { unit: string; end: number; unknown: boolean } {
  if (r.ratio) return { unit: lex.raw.ratio.unit, end: r.end, unknown: false };
  if (r.percent) return { unit: 'percent', end: r.end, unknown: false };
  const after = text.slice(r.end, clauseEnd);
  const unit = unitOfMeasure(after, lex);
  if (unit) return { unit, end: r.end + measureLength(after, lex), unknown: false };
  const word = r.chinese ? null : unknownMeasure(after, lex);
  return word ? { unit: word, end: r.end + word.length, unknown: true } : { unit: '', end: r.end, unknown: false };
}

/** Every target candidate of one clause; numbers with a unit but no target wording are reported through `skipped`. */
export function findCandidates(
  text: string,
  clause: Span,
  sentence: Span,
  isCondition: boolean,
  lex: CompiledLexicon,
  skipped: SkipFn,
): Candidate[] {
  const out: Candidate[] = [];
  let i = clause.start;
  while (i < clause.end) {
    const prevCh = text[i - 1] ?? '';
    const startsToken = !/[0-9.零〇一二两三四五六七八九十百千万点]/.test(prevCh) || i === clause.start;
    const r = startsToken ? numberAt(text, i, lex) : null;
    if (!r || r.end > clause.end) {
      i++;
      continue;
    }
    i = r.end;
    const u = unitAfter(text, r, clause.end, lex);
    let unit = u.unit;
    let tailEnd = u.end;
    // `40/10万`: the `10万` of the unit is not a number of its own.
    i = Math.max(i, u.end);
    if (r.chinese && !r.percent && unit === '') continue;
    const why = notAQuantity(text, r, lex);
    if (why) {
      // A year is read as a year (a deadline or a base); a numeral inside a word is no number: neither is listed.
      if (why === 'date') {
        // The whole date once: `2024年3月31日`, not its month and its day.
        const d = dateSpan(text, r.start, clause);
        skipped(why, d.start, d.end);
        i = Math.max(i, d.end);
      } else if (why !== 'year' && why !== 'word') skipped(why, r.start, tailEnd);
      continue;
    }
    if (isCondition) continue;
    const prefix = text.slice(clause.start, r.start);
    const rest0 = text.slice(tailEnd, clause.end);
    // `65岁及以上老年人`, `15岁以上吸烟率`: an age followed by the people it names, or with no cue before it,
    // defines a population; an age is a target only after a cue (`人均预期寿命达到80岁`).
    if (unit === 'age_years') {
      const suffixLen = comparatorOf(lex.suffixes, rest0, unit)?.length ?? 0;
      const noun = lex.raw.scope.age_nouns.some((n) => rest0.startsWith(n, suffixLen));
      if (noun || !cueBefore(prefix, lex, unit)) {
        skipped('an age that defines a population', r.start, tailEnd + suffixLen);
        continue;
      }
    }
    if (unit === 'persons' || unit === 'count' || unit === 'beds') {
      unit = unitInContext(text.slice(r.end, tailEnd), unit, text.slice(clause.start, clause.end), lex);
      unit = perPopulationUnit(prefix, lex) ?? unit;
    }
    let comparator: Comparator | null = null;
    let cueStart = r.start;
    let commit = false;
    let objectBefore: Span | null = null;
    const counted = COUNTED.has(unit);
    const cue = cueBefore(prefix, lex, unit);
    const joined = lex.atLeastJoinedAtEnd.exec(prefix);
    const gapped = counted ? lex.atLeastGapAtEnd.exec(prefix) : null;
    if (cue && counted && lex.recipientBeforeAtEnd.test(prefix) && lex.recipientVerb.test(rest0)) {
      // `为两个集团提供服务`: a count of those a service is for, not a target.
      skipped('a count of recipients (为…提供), not a target', r.start, tailEnd);
      continue;
    }
    if (r.bound && !cue) {
      // `过半数的乡镇卫生院`: the word is its own bound.
      comparator = r.bound;
    } else if (cue && (!cue.commit || counted)) {
      comparator = cue.comparator;
      cueStart = r.start - cue.len;
      commit = cue.commit;
      // `选派不少于十二名医师`: the verb before the comparator makes the object the indicator.
      if (!commit && counted && lex.commitAtEnd.test(prefix.slice(0, prefix.length - cue.len))) commit = true;
    } else if (joined) {
      comparator = 'ge';
      cueStart = r.start - joined[0].length;
      commit = true;
    } else if (gapped && !lex.cueAnywhere.test(gapped[1] as string)) {
      // `每季度至少随访一次`: the at-least word, a verb, then the count; the verb names the target.
      comparator = 'ge';
      cueStart = r.start - gapped[0].length;
      commit = true;
      const verb = gapped[1] as string;
      if (rest0 === '' || lex.listJoiner.test(rest0)) objectBefore = { start: r.start - verb.length, end: r.start };
    } else if (
      counted &&
      lex.possessionAtEnd.test(prefix) &&
      (lex.commitments.test(text.slice(sentence.start, r.start)) || lex.perUnit.test(prefix))
    ) {
      // `力争有两家`, `每个乡镇有1所`: having a counted thing, in a sentence of commitment or per unit.
      comparator = 'eq';
      cueStart = r.start - lex.possessionVerb.length;
      commit = true;
    }
    let rest = text.slice(tailEnd, clause.end);
    const sfx = comparatorOf(lex.suffixes, rest, unit);
    const suffix = sfx?.comparator ?? null;
    if (sfx) {
      tailEnd += sfx.length;
      rest = text.slice(tailEnd, clause.end);
    }
    // `人口超过10万的乡镇`, `床位500张以上的医院`: a bound on a count before 的 picks out which units, it is no
    // target; a share (`覆盖80%以上的县`) or a counted commitment (`组建2个以上的医联体`) is one.
    const isBound = (c: Comparator | null): boolean => c === 'ge' || c === 'le';
    const picksOut = /^的[\u4e00-\u9fff]/.test(rest) && !lex.goalAfter.test(rest);
    if (!commit && unit !== 'percent' && (isBound(comparator) || isBound(suffix)) && picksOut) {
      skipped('a threshold that picks out units (…以上的…), not a target', r.start, tailEnd);
      continue;
    }
    if (lex.definitionAfter.test(rest)) {
      skipped('defines a category (…以上为优秀), not a target', r.start, tailEnd);
      continue;
    }
    // `80%以上的乡镇卫生院达到…`: a share of units names what it counts after 的.
    if (r.percent && rest.startsWith('的') && comparator !== 'increase' && comparator !== 'decrease') commit = true;
    if (comparator === null && suffix === null) {
      const object = objectBeforeNumber(text, clause.start, r.start, rest, lex);
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
      } else if (counted && object) {
        // `新增三级医院2家`, `安排专项经费200万元`: verb, object, then the number closing the clause.
        comparator = 'eq';
        commit = true;
        objectBefore = object;
      } else {
        if (unit !== '')
          skipped('a quantity with no target wording (describes the present or a label)', r.start, tailEnd);
        continue;
      }
    }
    if (unit === '') {
      skipped('a number with no unit', r.start, tailEnd);
      continue;
    }
    const pastWord = lex.pastClauseWord.exec(prefix);
    const bound = comparator === 'ge' || comparator === 'le' || suffix !== null;
    if (pastWord || (!bound && lex.pastTally.test(prefix))) {
      skipped('a past statistic (已, 累计, 共有…)', r.start, tailEnd);
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
      unknownUnit: u.unknown,
      comparator: comparator ?? 'eq',
      cueStart,
      commit,
      objectBefore,
      nameAfter:
        (cue?.nameAfter === true && comparator === cue.comparator) ||
        lex.nameAfterOpeners.some((g) => (g.units === null || g.units.includes(unit)) && g.re.test(prefix)),
    });
  }
  return out;
}

/**
 * `新增三级医院2家`: a commitment verb, its object (no punctuation, no cue between) and then the number, which
 * closes its clause (or a list item). The object's span, or null.
 */
function objectBeforeNumber(
  text: string,
  clauseStart: number,
  numStart: number,
  rest: string,
  lex: CompiledLexicon,
): Span | null {
  if (rest !== '' && !lex.listJoiner.test(rest)) return null;
  const prefix = text.slice(clauseStart, numStart);
  let verbEnd = -1;
  for (const m of prefix.matchAll(lex.commitAnywhere)) verbEnd = m.index + m[0].length;
  if (verbEnd < 0) return null;
  const object = prefix.slice(verbEnd);
  if (object.length === 0 || object.length > 20 || PUNCT.test(object) || /\d/.test(object)) return null;
  return { start: clauseStart + verbEnd, end: numStart };
}

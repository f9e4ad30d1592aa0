// Naming the indicator of a target: the words before the cue (or the object of a counted commitment), trimmed of
// scope and adverbs, matched against the indicator vocabulary.
import type { IndicatorEntry } from '../../../src/lib/schema/vocab.ts';
import { foldKey } from '../../../src/lib/text/index.ts';
import type { Span } from '../clauses.ts';
import type { Candidate } from './candidates.ts';
import { alt, type CompiledLexicon } from './lexicon.ts';

/** A head that is a kind of place: `…的县（市、区）` counts places, whatever the words before 的 name. */
const PLACE_HEAD = /^(?:县|市|区|乡镇|乡|镇|街道|村|省|州|旗|地区|统筹地区|设区市)(?:\(.*\))?$/;

/**
 * What names the indicator for the vocabulary: the whole wording, except that `X的<place>` counts places
 * (`对医共体实行总额付费的县（市、区）` is no count of 医共体).
 */
export function indicatorHead(indicatorClean: string): string {
  const at = indicatorClean.lastIndexOf('的');
  const head = at < 0 ? '' : foldKey(indicatorClean.slice(at + 1));
  return PLACE_HEAD.test(head) ? head : indicatorClean;
}

/** The vocabulary entry whose longest pattern the indicator's head contains, among entries that allow the unit. */
export function matchIndicator(indicatorClean: string, unit: string, vocab: IndicatorEntry[]): IndicatorEntry | null {
  // Folded as the clean text is, so vocabulary patterns may be written either way.
  const text = foldKey(indicatorHead(indicatorClean));
  let best: { e: IndicatorEntry; len: number } | null = null;
  for (const e of vocab) {
    if (!e.units.includes(unit)) continue;
    for (const p of e.patterns_zh) {
      const f = foldKey(p);
      if (f && text.includes(f) && (!best || f.length > best.len)) best = { e, len: f.length };
    }
  }
  return best?.e ?? null;
}

/** An indicator name as written, without the line breaks and spaces a page break left in it. */
export function tidy(s: string): string {
  return s.replace(/\s*\n\s*/g, '').replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
}

/** The name without lead words (`力争`, `每年`), a trailing base year (`较2022年`), trailing adverbs and joiners. */
export function stripIndicator(s: string, lex: CompiledLexicon): string {
  // A deadline left before the name (`确保2024年底前…`) is no part of it.
  let t = s.replace(lex.leadWords, '').replace(lex.yearAtStart, '').replace(lex.leadWords, '');
  t = t.replace(lex.baseValueAtEnd, '');
  // Base years and trailing adverbs may wrap each other (`…较上年`, `…在2020年的基础上继续`).
  for (let k = 0; k < 2; k++) t = t.replace(lex.baseYearAtEnd, '').replace(lex.trailWords, '');
  t = t.replace(/^[、和及与]+|[、和及与]+$/g, '');
  return t;
}

/** Object of a counted commitment: `组建2个医共体` → 医共体; `组建1—3个由…牵头，…的医共体` → 医共体. */
export function objectOf(text: string, c: Candidate, clause: Span, sentence: Span): Span {
  let s = c.tailEnd;
  if (text[s] === '的') s++;
  let e = clause.end;
  if (/^[由以在]/.test(text.slice(s, e)) && !text.slice(s, e).includes('的')) {
    const rest = text.slice(s, sentence.end);
    const stop = rest.search(/[。;]/);
    const region = stop === -1 ? rest : rest.slice(0, stop);
    const de = region.lastIndexOf('的');
    if (de !== -1) {
      const tail = region.slice(de + 1);
      const cut = tail.search(/[,;:()。]/);
      s = s + de + 1;
      e = s + (cut === -1 ? tail.length : cut);
    }
  }
  return { start: s, end: e };
}

/** `A、B控制率均达到60%` → [A控制率, B控制率] when 均/各/都 spreads one value over a list. */
export function distribute(indicator: string, prefixTail: string, lex: CompiledLexicon): string[] {
  return lex.spreadAtEnd.test(prefixTail) ? splitList(indicator) : [indicator];
}

/** `血压、血糖控制率` → [血压控制率, 血糖控制率]: the last item's tail completes the shorter items. */
function splitList(indicator: string): string[] {
  if (!/[、和及]/.test(indicator)) return [indicator];
  const items = indicator.split(/[、和及]/).filter((x) => x !== '');
  if (items.length < 2) return [indicator];
  const last = items[items.length - 1] as string;
  const first = items[0] as string;
  const head = last.length > first.length ? last.slice(first.length) : '';
  return items.map((it) => (it === last || head === '' || it.endsWith(head) ? it : it + head));
}

/**
 * `高血压、糖尿病患者每年至少随访4次，规范管理率均达到八成` → [高血压患者规范管理率, 糖尿病患者规范管理率]: 均/各/都
 * spreads one value over the subjects a list opening the sentence names, when the indicator itself lists none.
 */
export function spreadOverSubjects(
  indicator: string,
  prefixTail: string,
  opening: string,
  lex: CompiledLexicon,
): string[] {
  if (!lex.spreadAtEnd.test(prefixTail) || /[、和及]/.test(indicator) || indicator.length > 8) return [indicator];
  const list = /^[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,16})+/.exec(opening)?.[0];
  if (!list) return [indicator];
  const raw = lex.raw;
  const stops = [...raw.scope_words, ...raw.at_least, ...raw.cue_adverbs, ...raw.commit_verbs];
  stops.push(...raw.cues.flatMap((g) => g.words));
  const cut = list.search(new RegExp(alt(stops)));
  const subjects = cut === -1 ? list : list.slice(0, cut);
  const items = splitList(subjects);
  if (items.length < 2 || items.some((it) => it === '' || it.includes(indicator))) return [indicator];
  return items.map((it) => it + indicator);
}

// Quantified targets (rates, shares, changes, counts) from a plan's text and target tables, one row per
// distinct target plus every mention. The rules are written out in data/vocab/TARGET_RULES.md.
import { digitByDigit, foldKey } from '../../src/lib/text/index.ts';
import { rawSpanOf } from './locate.ts';
import type { Comparator, TargetMentionRow, TargetRow } from '../../src/lib/schema/targets.ts';
import type { IndicatorEntry } from '../../src/lib/schema/vocab.ts';
import { measureLength, parseCellQuantity, parseRangeAt, unitOfMeasure } from './parse-number.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import type { Paragraph, ParsedDocument, Table, TableCell } from './types.ts';

export interface UnknownIndicator {
  doc_id: string;
  mention_id: string;
  indicator_zh: string;
  unit: string;
  quote: string;
  start: number;
  end: number;
}

export interface SkippedQuantity {
  doc_id: string;
  reason: string;
  quote: string;
  start: number;
  end: number;
}

export interface TargetExtraction {
  targets: TargetRow[];
  mentions: TargetMentionRow[];
  unknownIndicators: UnknownIndicator[];
  skipped: SkippedQuantity[];
}

/** A mention before ids are assigned. */
type Draft = Omit<TargetMentionRow, 'mention_id' | 'target_id'> & { order: number; indicatorClean: string };

const HEADING_LABEL = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\))\s*/;
const YEAR_EXPR =
  /(到|至|截至|截止|在|于)?(\d{4}|[〇零一二三四五六七八九]{4})年(底|末|年底|年末)?(?:\d{1,2}月(?:底|末)?)?(前|以前|之前)?/g;
const BASE_YEAR = /(?:较|比|相比|同比|与)(\d{4})年/;
/** Words that may stand before a sentence-opening year: `力争到2021年底`. */
const YEAR_LEAD = /^(?:力争|争取|计划|预计|要|确保|目标是|主要目标是|目标:)?$/;
const ASPIRATIONAL = /力争|争取/;

/** Verbs that commit to building or doing a counted thing: `组建2个`, `引进2项`. */
const COMMIT =
  /(组建|建成|建立|建设|创建|推进|引进|选派|派出|派驻|举办|开展|培养|培训|打造|新增|设立|成立|配备|招聘|招录|培育|遴选|认定|新建|创成|帮助)$/;
const CUES: [RegExp, Comparator][] = [
  [/(不低于|不少于|不小于|大于等于|至少为|至少|≥|>=)$/, 'ge'],
  [/(不高于|不超过|不多于|小于等于|≤|<=)$/, 'le'],
  [
    /(控制在|调控在|控制到|减少到|减少至|降低到|降低至|降到|降至|下降到|下降至|压缩到|压缩至|缩减到|缩短到|缩短至)$/,
    'le',
  ],
  [/(达到|提高到|提高至|提升到|提升至|增加到|增加至|上升到|上升至|增长到|增长至|增至|超过|高于|达)$/, 'ge'],
  [/(保持在|稳定在|为)$/, 'eq'],
  [/(增长|提高|提升|增加|上升|扩大)$/, 'increase'],
  [/(降低|下降|减少|压缩|缩减|缩短)$/, 'decrease'],
];
/** Adverbs between a cue and its number: `均达到`, `要降低`, `各达`. */
const CUE_GAP = /(?:要|均|各|都|应|将|需|必须)$/;
const SUFFIX: [RegExp, Comparator][] = [
  [/^(?:及以上|以上)/, 'ge'],
  [/^(?:以内|以下|之内|及以下)/, 'le'],
  [/^(?:左右|上下)/, 'approx'],
];
/** A clause like `总体转出率＞20%的` sets a condition for the targets after it, not a target. */
const CONDITION_SIGN = /[><≥≤]|超过|低于|高于|以上|以下|不足/;
const LEAD_WORDS = /^(?:力争|争取|努力|确保|要|并|同时|其中|最终实现|最终|原则上|平均|每年|全年|每人|每月|年均|使)+/;
const TRAIL_WORDS = /(?:要|均|各|都|应|将|需|每年|逐年|年)+$/;
const SCOPE_ONLY = /^(?:每人|每年|全年|平均|每月|原则上|年均|每季度)*$/;
const FREQUENCY: [RegExp, string][] = [
  [/每月|月均/, 'per_month'],
  [/每季度/, 'per_quarter'],
  [/每年|年均|全年|(?<![\d较比])年(?:增长|下降|提高|降低)|逐年/, 'per_year'],
];

/** Fold as the clean text does, so vocabulary patterns may be written either way. */
const fold = foldKey;

export function matchIndicator(indicatorClean: string, unit: string, vocab: IndicatorEntry[]): IndicatorEntry | null {
  const text = fold(indicatorClean);
  let best: { e: IndicatorEntry; len: number } | null = null;
  for (const e of vocab) {
    if (!e.units.includes(unit)) continue;
    for (const p of e.patterns_zh) {
      const f = fold(p);
      if (f && text.includes(f) && (!best || f.length > best.len)) best = { e, len: f.length };
    }
  }
  return best?.e ?? null;
}

interface YearMark {
  year: number;
  pos: number;
  /** `open`: opens a sentence and governs to the end of the paragraph; `mid`: governs to the end of its sentence. */
  kind: 'open' | 'mid';
  sentenceEnd: number;
}

interface Span {
  start: number;
  end: number;
}

function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if ('。!?！？'.includes(text[i] as string)) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < text.length) out.push({ start: s, end: text.length });
  return out;
}

/** Clauses of a sentence, each with the character that closed it. Short parentheses (`县(区)`) stay inside words. */
function clausesOf(text: string, sent: Span): (Span & { closer: string })[] {
  const out: (Span & { closer: string })[] = [];
  let s = sent.start;
  for (let i = sent.start; i < sent.end; i++) {
    const ch = text[i] as string;
    let cut = /[,;:]/.test(ch) || '。!?！？'.includes(ch);
    if (ch === '(') cut = !text.slice(i + 1, i + 8).includes(')');
    if (ch === ')') cut = !text.slice(Math.max(sent.start, i - 7), i).includes('(');
    if (cut) {
      if (i > s) out.push({ start: s, end: i, closer: ch });
      s = i + 1;
    }
  }
  if (s < sent.end) out.push({ start: s, end: sent.end, closer: '' });
  return out;
}

function insideBrackets(text: string, pos: number, open: string, close: string): boolean {
  const a = text.lastIndexOf(open, pos);
  if (a === -1) return false;
  const b = text.lastIndexOf(close, pos);
  return b < a && text.indexOf(close, pos) !== -1;
}

function yearMarks(text: string, sentences: Span[]): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of text.matchAll(YEAR_EXPR)) {
    const pos = m.index;
    const year = digitByDigit(m[2] as string);
    if (year < 1949 || year > 2100) continue;
    const before = text.slice(Math.max(0, pos - 3), pos);
    if (BASE_YEAR.test(before + m[0]) || insideBrackets(text, pos, '《', '》')) continue;
    // A period written `2016—2020年` or a date inside a plan title is not a deadline.
    if (/[—\-~至]$/.test(text.slice(0, pos)) && !m[1]) continue;
    const sent = sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: 0, end: text.length };
    let lead = text.slice(sent.start, pos);
    if (sent.start === 0) lead = lead.replace(HEADING_LABEL, '');
    const kind = YEAR_LEAD.test(lead) ? 'open' : 'mid';
    // A year inside parentheses (a phase heading `(2023年4月底前)`) governs nothing outside them.
    if (insideBrackets(text, pos, '(', ')')) continue;
    marks.push({ year, pos, kind, sentenceEnd: sent.end });
  }
  return marks;
}

function governingYear(marks: YearMark[], pos: number, carry: number | null): number | null {
  let found: YearMark | null = null;
  for (const m of marks) {
    if (m.pos > pos) break;
    if (m.kind === 'open' || pos < m.sentenceEnd) found = m;
  }
  return found ? found.year : carry;
}

interface Candidate {
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
  commit: boolean;
}

/** Why a number is not a target, or null when it may be one. Dates, years, labels, ranks, titles. */
function notAQuantity(
  text: string,
  start: number,
  end: number,
  value: number,
  percent: boolean,
  chinese: boolean,
): string | null {
  const prev = text[start - 1] ?? '';
  const next = text.slice(end, end + 2);
  const digits = text.slice(start, end);
  if (!percent && /^\d{4}$/.test(digits) && value >= 1949 && value <= 2100) return 'year';
  if (prev === '年' && next.startsWith('月')) return 'date';
  if (prev === '月' && /^[日号]/.test(next)) return 'date';
  if (/[第前近后〔号]/.test(prev)) return 'ordinal or period';
  if (
    insideBrackets(text, start, '《', '》') ||
    insideBrackets(text, start, '“', '”') ||
    insideBrackets(text, start, '〔', '〕')
  )
    return 'inside a title, quotation or document number';
  if (chinese && prev !== '' && /[统同唯单]/.test(prev)) return 'word';
  return null;
}

function cueBefore(prefix: string): { comparator: Comparator; len: number; commit: boolean } | null {
  const gap = CUE_GAP.exec(prefix);
  const core = gap ? prefix.slice(0, -gap[0].length) : prefix;
  for (const [re, c] of CUES) {
    const m = re.exec(core);
    if (m) return { comparator: c, len: m[0].length + (gap ? gap[0].length : 0), commit: false };
  }
  const c = COMMIT.exec(prefix);
  if (c) return { comparator: 'eq', len: c[0].length, commit: true };
  return null;
}

function findCandidates(
  text: string,
  clause: Span,
  sentence: Span,
  isCondition: boolean,
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
    let unit = r.percent ? 'percent' : (unitOfMeasure(after) ?? '');
    let tailEnd = r.end + (r.percent ? 0 : measureLength(after));
    if (r.chinese && !r.percent && unit === '') continue;
    if (!r.percent && unit === 'count' && text.slice(r.end, r.end + 3) === '个百分') unit = 'percentage_points';
    const why = notAQuantity(text, r.start, r.end, r.value, r.percent, r.chinese);
    if (why) continue;
    if (isCondition) continue;
    if (unit === 'persons' || unit === 'count') {
      const before = text.slice(clause.start, r.start);
      if (/每千(?:常住)?人口/.test(before)) unit = 'per_1000';
      else if (/每万(?:常住)?人口/.test(before)) unit = 'per_10000';
    }
    const prefix = text.slice(clause.start, r.start);
    let comparator: Comparator | null = null;
    let cueStart = r.start;
    let commit = false;
    const cue = cueBefore(prefix);
    const counted = unit === 'count' || unit === 'persons' || unit === 'person_times';
    if (cue && (!cue.commit || counted)) {
      comparator = cue.comparator;
      cueStart = r.start - cue.len;
      commit = cue.commit;
      // `选派不少于十二名医师`: the verb before the comparator makes the object the indicator.
      if (!commit && counted && COMMIT.test(prefix.slice(0, prefix.length - cue.len))) commit = true;
    } else if (/(至少|不少于|不低于)[与和同向在]$/.test(prefix)) {
      comparator = 'ge';
      cueStart = r.start - /(至少|不少于|不低于)[与和同向在]$/.exec(prefix)![0].length;
      commit = true;
    } else if (counted && /有$/.test(prefix) && /力争|确保|争取/.test(text.slice(sentence.start, r.start))) {
      comparator = 'eq';
      cueStart = r.start - 1;
      commit = true;
    }
    const rest = text.slice(tailEnd, clause.end);
    let suffix: Comparator | null = null;
    for (const [re, c] of SUFFIX) {
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
        /(组建|建成|建立|创建|成立|设立)/.test(text.slice(sentence.start, clause.start))
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
    if (/(至少|不少于|不低于)/.test(prefix) && comparator === 'eq') comparator = 'ge';
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

/** An indicator name as written, without the line breaks and spaces a page break left in it. */
function tidy(s: string): string {
  return s.replace(/\s*\n\s*/g, '').replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
}

function stripIndicator(s: string): string {
  let t = s
    .replace(LEAD_WORDS, '')
    .replace(/(?:较|比|与)\d{4}年?(?:相比)?$/, '')
    .replace(TRAIL_WORDS, '');
  t = t.replace(/^[、和及与]+|[、和及与]+$/g, '');
  return t;
}

/** Object of a counted commitment: `组建2个医共体` → 医共体; `组建1—3个由…牵头，…的医共体` → 医共体. */
function objectOf(text: string, c: Candidate, clause: Span, sentence: Span): Span {
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

interface TextContext {
  doc: ParsedDocument;
  vocab: IndicatorEntry[];
  drafts: Draft[];
  skipped: SkippedQuantity[];
  order: { n: number };
}

function pushDraft(ctx: TextContext, d: Omit<Draft, 'order' | 'indicator_id' | 'indicator_en'>): void {
  const hit = matchIndicator(d.indicatorClean, d.unit, ctx.vocab);
  ctx.drafts.push({
    ...d,
    indicator_id: hit?.indicator_id ?? '',
    indicator_en: hit?.name_en ?? '',
    order: ctx.order.n++,
  });
}

function rawOf(doc: ParsedDocument, base: number, s: number, e: number): { start: number; end: number; quote: string } {
  return rawSpanOf(doc.clean, base + s, base + e);
}

/** `A、B控制率均达到60%` → [A控制率, B控制率] when 均/各/都 spreads one value over a list. */
function distribute(indicator: string, prefixTail: string): string[] {
  if (!/[均各都]$/.test(prefixTail) || !/[、和及]/.test(indicator)) return [indicator];
  const items = indicator.split(/[、和及]/).filter((x) => x !== '');
  if (items.length < 2) return [indicator];
  const last = items[items.length - 1] as string;
  const first = items[0] as string;
  const head = last.length > first.length ? last.slice(first.length) : '';
  return items.map((it) => (it === last || head === '' || it.endsWith(head) ? it : it + head));
}

/** `县域就诊率、基层就诊率分别达到90%、65%` and `2024年、2025年分别达到85%、90%`: pair lists in order. */
function extractRespectively(
  ctx: TextContext,
  p: Paragraph,
  sent: Span,
  marks: YearMark[],
  carry: number | null,
): Span | null {
  const text = p.text;
  const s = text.slice(sent.start, sent.end);
  const m = /分别(达到|提高到|提升至|提高至|降低到|降至|控制在|不低于|不少于|为|达)?/.exec(s);
  if (!m) return null;
  const listStart = sent.start + m.index + m[0].length;
  const values: { r: NonNullable<ReturnType<typeof parseRangeAt>>; unit: string; end: number }[] = [];
  let i = listStart;
  for (;;) {
    const r = parseRangeAt(text, i);
    if (!r) break;
    const after = text.slice(r.end);
    const unit = r.percent ? 'percent' : (unitOfMeasure(after) ?? '');
    const end = r.end + (r.percent ? 0 : measureLength(after));
    values.push({ r, unit, end });
    const sep = /^(?:、|和|,)/.exec(text.slice(end));
    if (!sep) break;
    i = end + sep[0].length;
  }
  if (values.length < 2) return null;
  const last = values[values.length - 1]!;
  let tailEnd = last.end;
  let suffix: Comparator | null = null;
  for (const [re, c] of SUFFIX) {
    const sm = re.exec(text.slice(tailEnd));
    if (sm) {
      suffix = c;
      tailEnd += sm[0].length;
    }
  }
  const verb = m[1] ?? '';
  const base = cueBefore(verb)?.comparator ?? 'eq';
  const comparator: Comparator = suffix ?? base;
  const before = text.slice(sent.start, sent.start + m.index);
  const years = [...before.matchAll(/(\d{4})年/g)].map((y) => Number(y[1]));
  const clauseStart = (() => {
    let k = sent.start + m.index;
    while (k > sent.start && !/[,;:]/.test(text[k - 1] as string)) k--;
    return k;
  })();
  let subject = before.slice(clauseStart - sent.start).replace(/(\d{4})年(?:底|末)?[、和]?/g, '');
  subject = stripIndicator(subject.replace(/^(?:到|至)/, ''));
  const items = subject.split(/[、和]/).filter((x) => x !== '');
  const byYear = years.length === values.length;
  const byItem = !byYear && items.length === values.length;
  if (!byYear && !byItem) return null;
  const span = rawOf(ctx.doc, p.cleanStart, clauseStart, tailEnd);
  const aspirational = ASPIRATIONAL.test(text.slice(sent.start, listStart));
  values.forEach((v, k) => {
    const indicator = byItem ? (items[k] as string) : subject;
    const indStart = text.indexOf(indicator, clauseStart);
    const indicatorZh =
      indStart >= 0 ? rawOf(ctx.doc, p.cleanStart, indStart, indStart + indicator.length).quote : indicator;
    pushDraft(ctx, {
      doc_id: ctx.doc.docId,
      section_id: p.sectionId,
      indicator_zh: indicatorZh,
      indicatorClean: indicator,
      comparator: v.r.valueMax !== null ? 'range' : comparator,
      value: v.r.value,
      value_max: v.r.valueMax,
      unit: v.unit || last.unit,
      frequency: '',
      base_year: null,
      target_year: byYear ? (years[k] as number) : governingYear(marks, clauseStart, carry),
      aspirational,
      condition: '',
      quote: span.quote,
      start: span.start,
      end: span.end,
      source_kind: 'text',
    });
  });
  return { start: clauseStart, end: tailEnd };
}

function extractParagraph(
  ctx: TextContext,
  p: Paragraph,
  carry: number | null,
): { found: number; openYear: number | null } {
  const text = p.text;
  const sentences = sentencesOf(text);
  const marks = yearMarks(text, sentences);
  let found = 0;
  let subject: string | null = null;
  const skip = (reason: string, s: number, e: number): void => {
    const span = rawOf(ctx.doc, p.cleanStart, s, e);
    ctx.skipped.push({ doc_id: ctx.doc.docId, reason, quote: span.quote, start: span.start, end: span.end });
  };
  for (const sent of sentences) {
    const consumed = extractRespectively(ctx, p, sent, marks, carry);
    if (consumed) {
      found++;
      continue;
    }
    let condition = '';
    // A heading label (`（二）`) is not part of the first clause.
    const label = sent.start === 0 ? (HEADING_LABEL.exec(text)?.[0].length ?? 0) : 0;
    for (const clause of clausesOf(text, { start: sent.start + label, end: sent.end })) {
      const ctext = text.slice(clause.start, clause.end);
      const isCondition = /的$/.test(ctext) && CONDITION_SIGN.test(ctext) && /\d/.test(ctext);
      const cands = findCandidates(text, clause, sent, isCondition, skip);
      if (isCondition) {
        condition = rawOf(ctx.doc, p.cleanStart, clause.start, clause.end).quote;
        const sign = ctext.search(CONDITION_SIGN);
        subject = stripIndicator(ctext.slice(0, sign));
        continue;
      }
      let subStart = clause.start;
      cands.forEach((c, k) => {
        const next = cands[k + 1];
        let subEnd = clause.end;
        if (next) {
          const between = text.slice(c.tailEnd, next.numStart);
          const dun = between.lastIndexOf('、');
          if (dun !== -1) subEnd = c.tailEnd + dun;
        }
        // A 、 cut can leave the next sub-clause starting after its own number: keep the number inside.
        if (subStart > c.cueStart) subStart = Math.min(c.cueStart, c.numStart);
        if (subEnd < c.tailEnd) subEnd = c.tailEnd;
        const prefixText = text.slice(subStart, c.cueStart);
        let indicator = '';
        let indStart = subStart;
        if (!c.commit || c.unit !== 'count') indicator = stripIndicator(prefixText);
        if (c.commit || (c.unit === 'count' && indicator === '') || indicator === '' || SCOPE_ONLY.test(indicator)) {
          const obj = objectOf(text, c, { start: subStart, end: subEnd }, sent);
          const objText = stripIndicator(text.slice(obj.start, obj.end));
          if (c.commit && objText !== '') {
            indicator = objText;
            indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
          } else if (indicator === '' || SCOPE_ONLY.test(indicator)) {
            indicator = objText !== '' && !c.commit && c.unit === 'count' ? objText : '';
            if (indicator) indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
          }
        } else {
          indStart = subStart + prefixText.indexOf(indicator);
        }
        let indicatorZh: string;
        if (indicator === '' || SCOPE_ONLY.test(indicator)) {
          indicator = subject ?? '';
          indicatorZh = indicator;
        } else {
          indicatorZh = tidy(rawOf(ctx.doc, p.cleanStart, indStart, indStart + indicator.length).quote);
        }
        if (indicatorZh === indicator && indicator !== '') {
          const at = text.lastIndexOf(indicator, c.numStart);
          if (at !== -1) indicatorZh = tidy(rawOf(ctx.doc, p.cleanStart, at, at + indicator.length).quote);
        }
        subject = indicator || subject;
        const span = rawOf(ctx.doc, p.cleanStart, subStart, subEnd);
        const before = text.slice(sent.start, c.numStart);
        const freqText = text.slice(clause.start, c.numStart);
        const frequency = FREQUENCY.find(([re]) => re.test(freqText))?.[1] ?? '';
        const base = BASE_YEAR.exec(text.slice(clause.start, c.numStart));
        const names = distribute(indicator, text.slice(Math.max(subStart, c.cueStart - 1), c.cueStart));
        for (const name of names) {
          pushDraft(ctx, {
            doc_id: ctx.doc.docId,
            section_id: p.sectionId,
            indicator_zh: names.length > 1 ? name : indicatorZh,
            indicatorClean: name,
            comparator: c.comparator,
            value: c.value,
            value_max: c.valueMax,
            unit: c.unit,
            frequency,
            base_year: base ? Number(base[1]) : null,
            target_year: governingYear(marks, c.numStart, carry),
            aspirational: ASPIRATIONAL.test(before),
            condition,
            quote: span.quote,
            start: span.start,
            end: span.end,
            source_kind: 'text',
          });
          found++;
        }
        subStart = subEnd + 1;
      });
      if (clause.closer === ')') condition = '';
      if (cands.length === 0 && !isCondition) {
        const t = stripIndicator(ctext.replace(HEADING_LABEL, ''));
        if (t !== '' && !/\d{4}年/.test(t)) subject = t;
      }
    }
  }
  const open = marks.filter((m) => m.kind === 'open').pop();
  return { found, openYear: open ? open.year : null };
}

/** Header cell naming a target year: `2023 年`, `2025年目标`, `2025`. Baseline columns are not targets. */
function yearOfHeader(cell: string): number | null {
  if (/基线|现状|基期|现值|完成情况|实际/.test(cell)) return null;
  const m = /^(?:到)?(\d{4})\s*年?(?:底|末)?(?:目标值?|指标值?)?$/.exec(cell.replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

function extractTable(ctx: TextContext, t: Table): void {
  const header = t.header.map((c) => c.text.replace(/\s+/g, ''));
  const yearCols = header.map((h, k) => ({ k, year: yearOfHeader(h) })).filter((x) => x.year !== null) as {
    k: number;
    year: number;
  }[];
  const targetCol = header.findIndex((h) => /^(?:目标值?|指标值|预期目标)$/.test(h));
  const valueCols =
    yearCols.length > 0 ? yearCols : targetCol >= 0 ? [{ k: targetCol, year: null as number | null }] : [];
  if (valueCols.length === 0) return;
  let indCol = header.findIndex((h) => /指标|项目|名称|内容/.test(h) && !/序号/.test(h));
  if (indCol < 0) indCol = header.findIndex((h, k) => !/序号|编号/.test(h) && !valueCols.some((v) => v.k === k));
  const unitCol = header.findIndex((h) => /^单位$|计量单位/.test(h));
  const skip = (reason: string, cell: TableCell): void => {
    ctx.skipped.push({
      doc_id: ctx.doc.docId,
      reason,
      quote: ctx.doc.clean.raw.slice(cell.start, cell.end),
      start: cell.start,
      end: cell.end,
    });
  };
  for (const row of t.rows) {
    const ind = row[indCol];
    if (!ind) continue;
    for (const vc of valueCols) {
      const cell = row[vc.k];
      if (!cell) continue;
      const txt = cell.text.replace(/\s+/g, '');
      if (txt === '' || /^[—\-–－/无]+$/.test(txt)) {
        skip(`no target for ${vc.year ?? 'this column'} (${txt || 'empty'})`, cell);
        continue;
      }
      const q = parseCellQuantity(txt);
      if (!q) {
        skip('not a quantified target (no number)', cell);
        continue;
      }
      let unit = q.unit;
      if (unit === '' && unitCol >= 0)
        unit = unitOfMeasure(row[unitCol]?.text ?? '') ?? (/%/.test(row[unitCol]?.text ?? '') ? 'percent' : '');
      if (unit === '' && /率|占比|比例|比重/.test(ind.text)) unit = 'percent';
      if (
        (unit === 'persons' || unit === 'count' || unit === 'beds' || unit === '') &&
        /每千(?:常住)?人口/.test(ind.text)
      )
        unit = 'per_1000';
      if ((unit === 'persons' || unit === 'count' || unit === '') && /每万(?:常住)?人口/.test(ind.text))
        unit = 'per_10000';
      const indicatorClean = ind.text;
      pushDraft(ctx, {
        doc_id: ctx.doc.docId,
        section_id: t.sectionId,
        indicator_zh: ctx.doc.clean.raw.slice(ind.start, ind.end),
        indicatorClean,
        comparator: q.comparator,
        value: q.value,
        value_max: q.valueMax,
        unit,
        frequency: '',
        base_year: null,
        target_year: vc.year,
        aspirational: false,
        condition: '',
        quote: ctx.doc.clean.raw.slice(cell.start, cell.end),
        start: cell.start,
        end: cell.end,
        source_kind: 'table',
      });
    }
  }
}

function sameValue(a: Draft, b: Draft): boolean {
  return a.comparator === b.comparator && a.value === b.value && a.value_max === b.value_max && a.unit === b.unit;
}

function describeValue(d: Draft): string {
  const v = d.value_max !== null ? `${d.value}-${d.value_max}` : `${d.value}`;
  return `${d.comparator} ${v} ${d.unit}`.trim();
}

/** The published fields of a mention, in schema order (the CLI prints them in this order). */
function fieldsOf(d: Draft): Omit<TargetMentionRow, 'mention_id' | 'target_id'> {
  return {
    doc_id: d.doc_id,
    section_id: d.section_id,
    indicator_zh: d.indicator_zh,
    indicator_id: d.indicator_id,
    indicator_en: d.indicator_en,
    comparator: d.comparator,
    value: d.value,
    value_max: d.value_max,
    unit: d.unit,
    frequency: d.frequency,
    base_year: d.base_year,
    target_year: d.target_year,
    aspirational: d.aspirational,
    condition: d.condition,
    quote: d.quote,
    start: d.start,
    end: d.end,
    source_kind: d.source_kind,
  };
}

/** Pure: every target and mention of one parsed document. */
export function extractTargets(doc: ParsedDocument, indicators: IndicatorEntry[]): TargetExtraction {
  const ctx: TextContext = { doc, vocab: indicators, drafts: [], skipped: [], order: { n: 0 } };
  let carry: { year: number; sectionId: string } | null = null;
  for (const p of doc.paragraphs) {
    if (p.kind === 'table-row') continue;
    if (carry && !(p.sectionId === carry.sectionId || p.sectionId.startsWith(`${carry.sectionId}.`))) carry = null;
    const { found, openYear } = extractParagraph(ctx, p, carry?.year ?? null);
    // A lead-in (`到2025年，主要目标是：`) or a year heading (`（一）2025年目标`) governs the paragraphs under it.
    if (found === 0 && openYear !== null && (p.kind === 'heading' || /:$/.test(p.text)))
      carry = { year: openYear, sectionId: p.sectionId };
  }
  for (const t of doc.tables) extractTable(ctx, t);
  const drafts = ctx.drafts.sort((a, b) => a.start - b.start || a.order - b.order);

  // Group mentions into targets (rules in TARGET_RULES.md).
  const keyOf = (d: Draft): string =>
    `${d.indicator_id || `zh:${fold(d.indicatorClean)}`}|${d.condition}|${d.frequency}`;
  const groups: Draft[][] = [];
  for (const d of drafts) {
    const g = groups.find((grp) => {
      const f = grp[0] as Draft;
      if (keyOf(f) !== keyOf(d) || f.target_year !== d.target_year) return false;
      if (grp.some((x) => sameValue(x, d))) return true;
      // A table restates the text: same indicator and year is the same target, even when values disagree.
      return (
        d.indicator_id !== '' && (d.source_kind !== f.source_kind || grp.some((x) => x.source_kind !== d.source_kind))
      );
    });
    if (g) g.push(d);
    else groups.push([d]);
  }
  // A mention without a year joins the one dated target of the same indicator and value.
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as Draft[];
    const f = g[0] as Draft;
    if (f.target_year !== null) continue;
    const dated = groups.filter(
      (o) => o !== g && (o[0] as Draft).target_year !== null && keyOf(o[0] as Draft) === keyOf(f),
    );
    if (dated.length === 1 && (dated[0] as Draft[]).some((x) => g.every((y) => sameValue(x, y)))) {
      (dated[0] as Draft[]).push(...g);
      groups.splice(k, 1);
    }
  }
  const mentionIds = new Map<Draft, string>();
  drafts.forEach((d, k) => mentionIds.set(d, `${doc.docId}-m${String(k + 1).padStart(3, '0')}`));
  const ordered = groups
    .map((g) => g.sort((a, b) => a.start - b.start || a.order - b.order))
    .sort((a, b) => (a[0] as Draft).start - (b[0] as Draft).start || (a[0] as Draft).order - (b[0] as Draft).order);
  const targets: TargetRow[] = [];
  const mentions: TargetMentionRow[] = [];
  const unknownIndicators: UnknownIndicator[] = [];
  ordered.forEach((g, k) => {
    const targetId = `${doc.docId}-t${String(k + 1).padStart(2, '0')}`;
    const first = g[0] as Draft;
    const distinct = g.filter((d, i) => g.findIndex((x) => sameValue(x, d)) === i);
    const conflict =
      distinct.length > 1
        ? `Mentions disagree: ${distinct.map((d) => `${d.source_kind} ${mentionIds.get(d)} says ${describeValue(d)} (${d.quote.length > 24 ? `${d.quote.slice(0, 24)}…` : d.quote})`).join('; ')}`
        : '';
    targets.push({
      target_id: targetId,
      ...fieldsOf(first),
      conflict,
      mention_count: g.length,
      mention_ids: g.map((d) => mentionIds.get(d)).join(' '),
    });
    for (const d of g) {
      const mentionId = mentionIds.get(d) as string;
      mentions.push({ mention_id: mentionId, target_id: targetId, ...fieldsOf(d) });
      if (d.indicator_id === '') {
        unknownIndicators.push({
          doc_id: doc.docId,
          mention_id: mentionId,
          indicator_zh: d.indicator_zh,
          unit: d.unit,
          quote: d.quote,
          start: d.start,
          end: d.end,
        });
      }
    }
  });
  mentions.sort((a, b) => (a.mention_id < b.mention_id ? -1 : 1));
  return { targets, mentions, unknownIndicators, skipped: ctx.skipped };
}

/** The extractor as registered in extract-all.ts: datasets `targets` and `target_mentions`, plus report entries. */
export function targetsExtractor(doc: ParsedDocument, vocab: Vocabularies): ExtractorResult {
  const r = extractTargets(doc, vocab.indicators);
  const report: ReportEntry[] = [
    ...r.unknownIndicators.map((u) => ({
      doc_id: u.doc_id,
      dataset: 'targets',
      kind: 'unknown-indicator',
      message: `${u.mention_id}: indicator ${u.indicator_zh || '(none)'} (${u.unit}) is not in data/vocab/indicators.json; kept with an empty indicator_id`,
      quote: u.quote,
      start: u.start,
      end: u.end,
    })),
    ...r.skipped.map((s) => ({
      doc_id: s.doc_id,
      dataset: 'targets',
      kind: 'skipped-quantity',
      message: s.reason,
      quote: s.quote,
      start: s.start,
      end: s.end,
    })),
    ...r.targets
      .filter((t) => t.conflict !== '')
      .map((t) => ({
        doc_id: t.doc_id,
        dataset: 'targets',
        kind: 'conflicting-mentions',
        message: `${t.target_id}: ${t.conflict}`,
        quote: t.quote,
        start: t.start,
        end: t.end,
      })),
  ];
  return { datasets: { targets: r.targets, target_mentions: r.mentions }, report };
}

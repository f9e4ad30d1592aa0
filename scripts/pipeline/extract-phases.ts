// Implementation phases (`准备阶段（2020年11月）`) and dated milestones (`2021年3月底前`, `2025年底实现…`);
// the rules are in data/vocab/EXTRACTION_RULES.md, section "Phases".
import type { PhaseRow } from '../../src/lib/schema/phases.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import { clauseEnd, clauseStart } from './clauses.ts';
import { rawSpanOf } from './locate.ts';
import { asPhaseSpan, parseYearMonthSpan, type DateRule } from './parse-year-month.ts';
import type { Paragraph, ParsedDocument, Section, Table } from './types.ts';
import { writtenText } from './written-text.ts';

const LABEL =
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、．]|\d+\)|第[一二三四五六七八九十]+步[,:：]?)\s*/;
const STEPS_HEADING = /实施步骤|工作步骤|推进步骤|步骤安排|进度安排|时间安排|时间进度|实施阶段|阶段安排|实施进度/;
const DATE = /\d{4}年/;
const DEADLINE_COLUMN = ['完成时限', '完成时间', '时间节点', '时限要求', '时限'];
const TASK_COLUMN = ['工作任务', '重点任务', '主要任务', '任务内容', '工作内容', '改革任务', '具体任务', '任务'];
// A date that is a deadline (`底前`, `3月31日前`) or is followed at once by a verb of completion.
const MILESTONE =
  /(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:底|末)?(?:前|以前|之前)|\d{4}年(?:\d{1,2}月)?(?:底|末)?(?=实现|完成|建成|竣工|验收|全面|基本|覆盖|达标))/g;
// `到2024年底，X取得明显成效`: a year clause of its own, then a clause that completes something with no number.
const LEAD_YEAR = /(?:到|至)\d{4}年(?:\d{1,2}月)?(?:底|末)?(?=[,，])/g;
const COMPLETION = /实现|完成|取得/;
/** A year-led aim for a whole system (`…基本建成…体系`, `形成…格局`) is a vision, not a milestone. */
const VISION = /(?:建成|形成|健全|完善)|(?:体系|格局|局面|机制|模式|制度)$/;
/** Commitments the targets dataset reads as 100 percent (全覆盖, 全部…, 所有…): not milestones as well. */
const IMPLIED_TARGET = /全覆盖|全部|所有/;

function isStepsSection(doc: ParsedDocument, sectionId: string): boolean {
  let s: Section | undefined = doc.sections.find((x) => x.sectionId === sectionId);
  while (s) {
    if (STEPS_HEADING.test(s.headingZh)) return true;
    const parent = s.parentId;
    s = parent ? doc.sections.find((x) => x.sectionId === parent) : undefined;
  }
  return false;
}

interface Found {
  sectionId: string;
  kind: PhaseRow['kind'];
  name: [number, number];
  date: [number, number];
  quote: [number, number];
  startYm: string | null;
  endYm: string;
  rule: DateRule;
}

/**
 * A phase opens a paragraph: `（一）准备阶段（2020年11月）`, `第一阶段：2021年1月至6月`, or, inside a steps
 * section, any dated heading `（一）动员部署（2021年3月）`.
 */
function phaseAt(text: string, steps: boolean): Omit<Found, 'sectionId'> | null {
  const labelLen = LABEL.exec(text)?.[0].length ?? 0;
  const head = text.slice(labelLen, labelLen + 60).split(/[。;；\n]/)[0] ?? '';
  // Name, then the date in brackets or after a colon.
  const m =
    /^([^(（:：,，。\d]{1,16}?)\s*(?:[(（]([^()（）]*\d{4}年[^()（）]*)[)）]|[:：,，]\s*(\d{4}年[^,，。;；:：]*))/.exec(
      head,
    );
  // Or the date first: `2021年1月—6月为试点阶段`.
  const n = m ? null : /^(\d{4}年[^,，。;；:：为]*)\s*(?:为|是)?\s*([^,，。;；:：\d]{1,12}阶段)/.exec(head);
  let name: [number, number];
  let date: [number, number];
  if (m) {
    const nameText = (m[1] ?? '').trim();
    if (!nameText.endsWith('阶段') && !steps) return null;
    const dateText = m[2] ?? m[3] ?? '';
    name = [labelLen, labelLen + nameText.length];
    const dateAt = head.indexOf(dateText, nameText.length);
    date = [labelLen + dateAt, labelLen + dateAt + dateText.length];
  } else if (n) {
    const dateText = n[1] ?? '';
    const nameText = n[2] ?? '';
    date = [labelLen, labelLen + dateText.length];
    const nameAt = head.indexOf(nameText, dateText.length);
    name = [labelLen + nameAt, labelLen + nameAt + nameText.length];
  } else return null;
  const span = parseYearMonthSpan(text.slice(date[0], date[1]));
  if (!span) return null;
  const { startYm, endYm } = asPhaseSpan(span);
  // The quote runs from the name to the end of the date (and its closing bracket).
  const quoteEnd = Math.max(name[1], date[1] + (/[)）]/.test(text[date[1]] ?? '') ? 1 : 0));
  return {
    kind: 'phase',
    name,
    date,
    quote: [Math.min(name[0], date[0]), quoteEnd],
    startYm,
    endYm,
    rule: span.rule === 'by_month_end' ? 'by_month_end' : span.rule,
  };
}

/** A milestone's clause runs on past a colon (`2021年底前：完成…`), not past a comma. */
const MILESTONE_END = ',，。;；\n';

function clauseAround(text: string, from: number, to: number): [number, number] {
  const a = clauseStart(text, from);
  let b = clauseEnd(text, to, MILESTONE_END);
  // A clause that is only the date (`到2021年底前，…`) takes the next clause as its content.
  if (b - to <= 1 && /[,，]/.test(text[b] ?? '')) b = clauseEnd(text, b + 1, MILESTONE_END);
  return [a, b];
}

function shift(p: Omit<Found, 'sectionId'>, by: number): Omit<Found, 'sectionId'> {
  return {
    ...p,
    name: [p.name[0] + by, p.name[1] + by],
    date: [p.date[0] + by, p.date[1] + by],
    quote: [p.quote[0] + by, p.quote[1] + by],
  };
}

/** True when `at` lies inside a bracketed responsibility note (its deadline is published with the responsibility). */
function insideNote(text: string, at: number): boolean {
  const open = Math.max(
    text.lastIndexOf('(', at),
    text.lastIndexOf('（', at),
    text.lastIndexOf('〔', at),
    text.lastIndexOf('【', at),
  );
  if (open < 0) return false;
  const close = text.slice(open).search(/[)）〕】]/);
  return (close < 0 || open + close > at) && /(?:单位|部门)\s*[:：]/.test(text.slice(open, at));
}

function milestonesIn(para: Paragraph, skip: [number, number][], report: ReportEntry[], doc: ParsedDocument): Found[] {
  const out: Found[] = [];
  const text = para.text;
  const leads = [...text.matchAll(LEAD_YEAR)].filter((m) => {
    const [, b] = clauseAround(text, m.index, m.index + m[0].length);
    const content = text.slice(m.index + m[0].length + 1, b);
    return COMPLETION.test(content) && !VISION.test(content) && !/\d/.test(content) && !IMPLIED_TARGET.test(content);
  });
  const dated = [...text.matchAll(MILESTONE)].filter(
    (m) => !leads.some((l) => l.index <= m.index && m.index < l.index + l[0].length),
  );
  for (const m of [...dated, ...leads].sort((a, b) => a.index - b.index)) {
    const at = m.index;
    if (skip.some(([a, b]) => at >= a && at < b) || insideNote(text, at)) continue;
    // Dates inside a cited title (《…（2021—2025年）》) are not the plan's own milestones.
    const open = text.lastIndexOf('《', at);
    if (open >= 0 && text.indexOf('》', open) > at) continue;
    const span = parseYearMonthSpan(m[0]);
    if (!span) continue;
    const [a, b] = clauseAround(text, at, at + m[0].length);
    const clause = text.slice(a, b);
    if (/\d+(?:\.\d+)?\s*%/.test(clause)) {
      const raw = rawSpanOf(doc.clean, para.cleanStart + a, para.cleanStart + b);
      report.push({
        doc_id: doc.docId,
        dataset: 'phases',
        kind: 'skipped-milestone',
        message: `${doc.fileName}:${para.line}: dated clause with a percentage is a target (see targets), not a milestone`,
        quote: raw.quote,
        start: raw.start,
        end: raw.end,
      });
      continue;
    }
    out.push({
      sectionId: para.sectionId,
      kind: 'milestone',
      name: [a, b],
      date: [at, at + m[0].length],
      quote: [a, b],
      startYm: null,
      endYm: span.endYm,
      rule: span.rule,
    });
  }
  return out;
}

function tableMilestones(
  table: Table,
): { found: Found; cleanStart: number; cleanEnd: number; nameClean: [number, number]; dateClean: [number, number] }[] {
  const deadlineCol = table.header.findIndex((c) => DEADLINE_COLUMN.some((k) => c.text.replace(/\s/g, '').includes(k)));
  const taskCol = table.header.findIndex((c) => TASK_COLUMN.some((k) => c.text.replace(/\s/g, '').endsWith(k)));
  if (deadlineCol < 0 || taskCol < 0) return [];
  const out: ReturnType<typeof tableMilestones> = [];
  for (const row of table.rows) {
    const task = row[taskCol];
    const cell = row[deadlineCol];
    const first = row[0];
    const last = row[row.length - 1];
    if (!task || !cell || !first || !last) continue;
    const span = parseYearMonthSpan(cell.text.replace(/\s/g, ''));
    if (!span) continue;
    out.push({
      found: {
        sectionId: table.sectionId,
        kind: 'milestone',
        name: [0, 0],
        date: [0, 0],
        quote: [0, 0],
        startYm: null,
        endYm: span.endYm,
        rule: span.rule,
      },
      cleanStart: first.cleanStart,
      cleanEnd: last.cleanEnd,
      nameClean: [task.cleanStart, task.cleanEnd],
      dateClean: [cell.cleanStart, cell.cleanEnd],
    });
  }
  return out;
}

/** Phases and milestones of one plan, in reading order. */
export function extractPhases(doc: ParsedDocument): { rows: PhaseRow[]; report: ReportEntry[] } {
  const report: ReportEntry[] = [];
  const items: {
    cleanStart: number;
    cleanEnd: number;
    nameClean: [number, number];
    dateClean: [number, number];
    found: Found;
  }[] = [];
  for (const para of doc.paragraphs) {
    if (para.kind === 'table-row') continue;
    const steps = isStepsSection(doc, para.sectionId);
    const phases: Omit<Found, 'sectionId'>[] = [];
    if (DATE.test(para.text)) {
      // A phase opens the paragraph; inside a steps section it may also open any later clause (`…，2023年为推广阶段`).
      const first = phaseAt(para.text, steps);
      const starts = steps || first ? [0, ...[...para.text.matchAll(/[,，;；。]/g)].map((m) => m.index + 1)] : [0];
      for (const at of starts) {
        const p = at === 0 ? first : phaseAt(para.text.slice(at), false);
        if (p && !phases.some((q) => q.quote[1] > at)) phases.push(shift(p, at));
      }
    }
    const c = para.cleanStart;
    for (const phase of phases) {
      items.push({
        cleanStart: c + phase.quote[0],
        cleanEnd: c + phase.quote[1],
        nameClean: [c + phase.name[0], c + phase.name[1]],
        dateClean: [c + phase.date[0], c + phase.date[1]],
        found: { ...phase, sectionId: para.sectionId },
      });
    }
    for (const m of milestonesIn(
      para,
      phases.map((p) => p.quote),
      report,
      doc,
    )) {
      items.push({
        cleanStart: c + m.quote[0],
        cleanEnd: c + m.quote[1],
        nameClean: [c + m.name[0], c + m.name[1]],
        dateClean: [c + m.date[0], c + m.date[1]],
        found: m,
      });
    }
  }
  for (const t of doc.tables) items.push(...tableMilestones(t));
  items.sort((a, b) => a.cleanStart - b.cleanStart);
  const counters = { phase: 0, milestone: 0 };
  const rows = items.map((it, i): PhaseRow => {
    const n = ++counters[it.found.kind];
    const span = rawSpanOf(doc.clean, it.cleanStart, it.cleanEnd);
    return {
      phase_id: `${doc.docId}-${it.found.kind === 'phase' ? 'ph' : 'm'}${String(n).padStart(2, '0')}`,
      doc_id: doc.docId,
      section_id: it.found.sectionId,
      kind: it.found.kind,
      ordinal: i + 1,
      name_zh: writtenText(doc.clean, it.nameClean[0], it.nameClean[1]),
      date_zh: writtenText(doc.clean, it.dateClean[0], it.dateClean[1]),
      start_ym: it.found.kind === 'phase' ? it.found.startYm : null,
      end_ym: it.found.endYm,
      date_rule: it.found.rule,
      quote: span.quote,
      start: span.start,
      end: span.end,
    };
  });
  return { rows, report };
}

/** Registry entry: the `phases` dataset. */
export function phasesExtractor(doc: ParsedDocument, _vocab: Vocabularies): ExtractorResult {
  const { rows, report } = extractPhases(doc);
  return { datasets: { phases: rows }, report };
}

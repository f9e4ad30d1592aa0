// Who does each task: responsibility notes (`（责任单位：…）`, `〔牵头单位：…；配合单位：…〕`) and task
// tables (`序号 工作任务 牵头部门 完成时限`), one row per task and agency.
import type { ResponsibilityRow } from '../../src/lib/schema/responsibilities.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import { foldWidth } from '../../src/lib/text/index.ts';
import { rawSpanOf } from './locate.ts';
import { parseYearMonthSpan } from './parse-year-month.ts';
import type { Paragraph, ParsedDocument, Table, TableCell } from './types.ts';
import { matchingClose, splitOutsideBrackets, writtenText } from './written-text.ts';

type Role = ResponsibilityRow['role'];

const LEAD_KEYS = ['牵头单位', '牵头部门', '主责单位', '主责部门', '主办单位', '牵头'];
const PARTNER_KEYS = ['配合单位', '配合部门', '协办单位', '参与单位', '参与部门', '协同单位', '协助单位', '协作单位'];
const RESPONSIBLE_KEYS = ['责任单位', '责任部门', '责任主体', '实施单位', '承办单位'];
const DEADLINE_KEYS = ['完成时限', '完成时间', '时间节点', '时限要求', '时限', '进度安排'];
const TASK_HEADERS = ['工作任务', '重点任务', '主要任务', '任务内容', '工作内容', '改革任务', '具体任务', '任务'];
const KEY_RE = new RegExp(
  `(${[...LEAD_KEYS, ...PARTNER_KEYS, ...RESPONSIBLE_KEYS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`,
  'g',
);

function roleOfKey(k: string): Role | 'deadline' | null {
  const bare = k.replace(/\s/g, '');
  if (PARTNER_KEYS.includes(bare)) return 'partner';
  if (RESPONSIBLE_KEYS.includes(bare)) return 'responsible';
  if (LEAD_KEYS.includes(bare)) return 'lead';
  if (DEADLINE_KEYS.includes(bare)) return 'deadline';
  return null;
}

/** Level prefix an agency name opens with (`市`, `县（区）`, `旗`), carried to bare department names after it. */
const LEVEL_PREFIX = /^(?:自治区|[省市县区旗州乡镇])(?:[（(][^）)]{1,6}[）)])?/;
const DEPARTMENT_END = /(?:委员会|局|委|办|厅|政府|党委|部)$/;

export interface AgencyPart {
  /** Name as found in the (clean) list text. */
  text: string;
  note: string;
  offset: number;
  length: number;
  /** Where the inherited level prefix sits in the list (`市` of `市医改办`), or null when none is carried over. */
  prefix: { offset: number; length: number } | null;
}

/**
 * Split one agency list (`市医改办、财政局、卫生计生委`, `县（区）党委、政府`, `市卫健委 (市人民医院)`).
 * Separators inside brackets are not splits; a bare department inherits the level of the one before.
 */
export function splitAgencies(list: string): AgencyPart[] {
  const out: AgencyPart[] = [];
  let prefix: AgencyPart['prefix'] = null;
  for (const part of splitOutsideBrackets(list, '、,，/')) {
    let text = part.text.replace(/[。.]$/, '');
    const offset = part.offset;
    let note = '';
    const names: { text: string; offset: number; note: string }[] = [];
    const gloss = /\s*[（(]([^（()）]+)[）)]$/.exec(text);
    if (gloss && gloss.index > 0) {
      const inner = gloss[1] ?? '';
      const innerOffset = offset + gloss.index + gloss[0].indexOf(inner);
      text = text.slice(0, gloss.index);
      // A named body in brackets is a second agency; anything else is a remark on the first.
      if (/(?:院|局|委|办|中心|政府|部|站|所|室|会|组)$/.test(inner) && !/负责|的/.test(inner)) {
        names.push({ text, offset, note: '' });
        names.push({ text: inner, offset: innerOffset, note: `named in brackets after ${text}` });
      } else {
        note = inner;
        names.push({ text, offset, note });
      }
    } else names.push({ text, offset, note });
    for (const n of names) {
      const own = LEVEL_PREFIX.exec(n.text)?.[0] ?? '';
      let inherited: AgencyPart['prefix'] = null;
      if (own) prefix = { offset: n.offset, length: own.length };
      else if (/^各/.test(n.text)) prefix = null;
      else if (prefix && DEPARTMENT_END.test(n.text)) inherited = prefix;
      out.push({ text: n.text, note: n.note, offset: n.offset, length: n.text.length, prefix: inherited });
    }
  }
  return out;
}

interface Assignment {
  role: Role;
  agencies: AgencyPart[];
  listOffset: number;
}

/** Parse the inside of a note: `牵头单位:A,B;配合单位:C、D;完成时限:2021年底前`. */
export function parseNoteBody(body: string): { assignments: Assignment[]; deadlineZh: string | null } {
  const assignments: Assignment[] = [];
  let deadlineZh: string | null = null;
  for (const seg of splitOutsideBrackets(body, ';；')) {
    const m = /^([^:：]{2,6})\s*[:：]\s*/.exec(seg.text);
    const role = m ? roleOfKey(m[1] ?? '') : null;
    if (!m || !role) continue;
    const listText = seg.text.slice(m[0].length);
    if (role === 'deadline') {
      deadlineZh = listText.trim();
      continue;
    }
    const agencies = splitAgencies(listText);
    if (agencies.length > 0) assignments.push({ role, agencies, listOffset: seg.offset + m[0].length });
  }
  // Where a note names a lead, its 责任单位 are the partners.
  if (assignments.some((a) => a.role === 'lead'))
    for (const a of assignments) if (a.role === 'responsible') a.role = 'partner';
  return { assignments, deadlineZh };
}

interface Task {
  sectionId: string;
  taskZh: string;
  deadlineZh: string | null;
  assignments: Assignment[];
  base: number;
  cleanStart: number;
  cleanEnd: number;
  kind: 'note' | 'table';
}

/** The task a note belongs to: its section heading when it is the section's only note, else the sentence before it. */
function taskOfNote(
  doc: ParsedDocument,
  para: Paragraph,
  at: number,
  notesInSection: number,
  prevParagraph: Paragraph | undefined,
): string {
  const section = doc.sections.find((s) => s.sectionId === para.sectionId);
  const heading = section?.headingZh ?? '';
  if (section && section.level > 0 && heading && notesInSection === 1) {
    const h = doc.clean.text.indexOf(foldWidth(heading), section.cleanStart);
    return h >= 0 && h < section.cleanEnd ? writtenText(doc.clean, h, h + heading.length) : heading;
  }
  let text = para.text.slice(0, at);
  let base = para.cleanStart;
  if (!text.replace(/[。\s]/g, '') && prevParagraph) {
    text = prevParagraph.text;
    base = prevParagraph.cleanStart;
  }
  const trimmed = text.replace(/[。\s]+$/, '');
  const from = Math.max(trimmed.lastIndexOf('。'), trimmed.lastIndexOf('〕'), trimmed.lastIndexOf(')')) + 1;
  return writtenText(doc.clean, base + from, base + trimmed.length);
}

function noteTasks(doc: ParsedDocument, report: ReportEntry[]): Task[] {
  const tasks: Task[] = [];
  const found: {
    para: Paragraph;
    prev: Paragraph | undefined;
    at: number;
    end: number;
    body: string;
    bodyAt: number;
  }[] = [];
  let prev: Paragraph | undefined;
  for (const para of doc.paragraphs) {
    if (para.kind === 'table-row') {
      prev = para;
      continue;
    }
    const text = para.text;
    for (const m of text.matchAll(KEY_RE)) {
      const k = m.index;
      const opener = text[k - 1] ?? '';
      if ('(（〔[【'.includes(opener) && opener) {
        const close = matchingClose(text, k - 1);
        if (close < 0) {
          const span = rawSpanOf(doc.clean, para.cleanStart + k - 1, para.cleanEnd);
          report.push({
            doc_id: doc.docId,
            dataset: 'responsibilities',
            kind: 'unclosed-note',
            message: `${doc.fileName}:${para.line}: responsibility note never closes its bracket; skipped`,
            quote: span.quote,
            start: span.start,
            end: span.end,
          });
          continue;
        }
        if (found.some((f) => f.para === para && f.at === k - 1)) continue;
        found.push({ para, prev, at: k - 1, end: close + 1, body: text.slice(k, close), bodyAt: k });
      } else if (k === 0 || /[。\s]/.test(opener)) {
        // An unbracketed note runs to the end of the paragraph (`责任单位：县卫健局、县医保局。`).
        if (found.some((f) => f.para === para && f.at <= k && k < f.end)) continue;
        const end = text.length - (text.endsWith('。') ? 1 : 0);
        found.push({ para, prev, at: k, end, body: text.slice(k, end), bodyAt: k });
      }
    }
    prev = para;
  }
  for (const f of found) {
    const inSection = found.filter((g) => g.para.sectionId === f.para.sectionId).length;
    const { assignments, deadlineZh } = parseNoteBody(f.body);
    if (assignments.length === 0) {
      const span = rawSpanOf(doc.clean, f.para.cleanStart + f.at, f.para.cleanStart + f.end);
      report.push({
        doc_id: doc.docId,
        dataset: 'responsibilities',
        kind: 'empty-note',
        message: `${doc.fileName}:${f.para.line}: responsibility note names no agency; skipped`,
        quote: span.quote,
        start: span.start,
        end: span.end,
      });
      continue;
    }
    tasks.push({
      sectionId: f.para.sectionId,
      taskZh: taskOfNote(doc, f.para, f.at, inSection, f.prev),
      deadlineZh,
      assignments,
      base: f.para.cleanStart + f.bodyAt,
      cleanStart: f.para.cleanStart + f.at,
      cleanEnd: f.para.cleanStart + f.end,
      kind: 'note',
    });
  }
  return tasks;
}

function headerIndex(header: TableCell[], names: string[]): number {
  return header.findIndex((c) => names.some((n) => c.text.replace(/\s/g, '').includes(n)));
}

function tableTasks(doc: ParsedDocument, table: Table, report: ReportEntry[]): Task[] {
  const header = table.header;
  const taskCol = header.findIndex((c) =>
    TASK_HEADERS.some((n) => c.text.replace(/\s/g, '') === n || c.text.replace(/\s/g, '').endsWith(n)),
  );
  const roleCols = header
    .map((c, i) => ({ i, role: roleOfKey(c.text.replace(/\s/g, '').replace(/[（(].*$/, '')) }))
    .filter((x): x is { i: number; role: Role } => x.role !== null && x.role !== 'deadline');
  if (taskCol < 0 || roleCols.length === 0) return [];
  const deadlineCol = headerIndex(header, DEADLINE_KEYS);
  const tasks: Task[] = [];
  const hasLead = roleCols.some((r) => r.role === 'lead');
  for (const row of table.rows) {
    const task = row[taskCol];
    const first = row[0];
    const last = row[row.length - 1];
    if (!task || !first || !last || !task.text) {
      report.push({
        doc_id: doc.docId,
        dataset: 'responsibilities',
        kind: 'skipped-table-row',
        message: `${table.tableId}: row without a task cell; skipped`,
        ...(first && last ? { start: first.start, end: last.end } : {}),
      });
      continue;
    }
    const assignments: Assignment[] = [];
    for (const rc of roleCols) {
      const cell = row[rc.i];
      if (!cell || !cell.text || /^[—\-–/无]+$/.test(cell.text)) continue;
      const agencies = splitAgencies(cell.text);
      assignments.push({
        role: rc.role === 'responsible' && hasLead ? 'partner' : rc.role,
        agencies,
        listOffset: cell.cleanStart,
      });
    }
    const deadlineCell = deadlineCol >= 0 ? row[deadlineCol] : undefined;
    tasks.push({
      sectionId: table.sectionId,
      taskZh: writtenText(doc.clean, task.cleanStart, task.cleanEnd),
      deadlineZh:
        deadlineCell && deadlineCell.text
          ? writtenText(doc.clean, deadlineCell.cleanStart, deadlineCell.cleanEnd)
          : null,
      assignments,
      base: 0,
      cleanStart: first.cleanStart,
      cleanEnd: last.cleanEnd,
      kind: 'table',
    });
  }
  return tasks;
}

/** Responsibilities of one plan: tasks in reading order, agencies in the order written. */
export function extractResponsibilities(doc: ParsedDocument): { rows: ResponsibilityRow[]; report: ReportEntry[] } {
  const report: ReportEntry[] = [];
  const tasks = [...noteTasks(doc, report), ...doc.tables.flatMap((t) => tableTasks(doc, t, report))].sort(
    (a, b) => a.cleanStart - b.cleanStart,
  );
  const rows: ResponsibilityRow[] = [];
  tasks.forEach((task, ti) => {
    const taskId = `${doc.docId}-t${String(ti + 1).padStart(2, '0')}`;
    const span = rawSpanOf(doc.clean, task.cleanStart, task.cleanEnd);
    const deadline = task.deadlineZh ? parseYearMonthSpan(foldWidth(task.deadlineZh).replace(/\s/g, '')) : null;
    if (task.deadlineZh && !deadline) {
      report.push({
        doc_id: doc.docId,
        dataset: 'responsibilities',
        kind: 'unparsed-deadline',
        message: `${taskId}: deadline ${task.deadlineZh} has no year-month; kept as written`,
        quote: span.quote,
        start: span.start,
        end: span.end,
      });
    }
    let n = 0;
    for (const a of task.assignments) {
      for (const ag of a.agencies) {
        n++;
        const listStart = task.kind === 'note' ? task.base + a.listOffset : a.listOffset;
        const written = writtenText(doc.clean, listStart + ag.offset, listStart + ag.offset + ag.length);
        const norm = ag.prefix
          ? writtenText(doc.clean, listStart + ag.prefix.offset, listStart + ag.prefix.offset + ag.prefix.length) +
            written
          : written;
        rows.push({
          responsibility_id: `${taskId}-a${n}`,
          task_id: taskId,
          doc_id: doc.docId,
          section_id: task.sectionId,
          task_zh: task.taskZh,
          agency_zh: written,
          agency_norm_zh: norm,
          role: a.role,
          deadline_zh: task.deadlineZh,
          deadline: deadline?.endYm ?? null,
          source_kind: task.kind,
          note: ag.note,
          quote: span.quote,
          start: span.start,
          end: span.end,
        });
      }
    }
    if (n === 0)
      report.push({
        doc_id: doc.docId,
        dataset: 'responsibilities',
        kind: 'task-without-agency',
        message: `${taskId}: ${task.taskZh} names no agency`,
        quote: span.quote,
        start: span.start,
        end: span.end,
      });
  });
  return { rows, report };
}

/** Registry entry: the `responsibilities` dataset. */
export function responsibilitiesExtractor(doc: ParsedDocument, _vocab: Vocabularies): ExtractorResult {
  const { rows, report } = extractResponsibilities(doc);
  return { datasets: { responsibilities: rows }, report };
}

// Tasks with their agencies: from responsibility notes in the text (the task is the section heading or the sentence
// before the note) and from task tables (`序号 工作任务 牵头部门 完成时限`).
import { foldWidth } from '../../src/lib/text/index.ts';
import type { ReportEntry } from './extractor-types.ts';
import { rawSpanOf } from './locate.ts';
import {
  DEADLINE_KEYS,
  KEY_RE,
  parseNoteBody,
  roleOfKey,
  splitAgencies,
  TASK_HEADERS,
  type Assignment,
  type Role,
} from './responsibility-notes.ts';
import type { Paragraph, ParsedDocument, Table, TableCell } from './types.ts';
import { matchingClose, writtenText } from './written-text.ts';

export interface Task {
  sectionId: string;
  taskZh: string;
  deadlineZh: string | null;
  assignments: Assignment[];
  base: number;
  cleanStart: number;
  cleanEnd: number;
  kind: 'note' | 'table' | 'prose';
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

export function noteTasks(doc: ParsedDocument, report: ReportEntry[]): Task[] {
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

export function tableTasks(doc: ParsedDocument, table: Table, report: ReportEntry[]): Task[] {
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

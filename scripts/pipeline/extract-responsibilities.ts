// Who does each task: responsibility notes (`（责任单位：…）`, `〔牵头单位：…；配合单位：…〕`) and task
// tables (`序号 工作任务 牵头部门 完成时限`), one row per task and agency. Notes and agency lists are read in
// responsibility-notes.ts, tasks found in responsibility-tasks.ts.
import type { ResponsibilityRow } from '../../src/lib/schema/responsibilities.ts';
import { foldWidth } from '../../src/lib/text/index.ts';
import type { ExtractorResult, ReportEntry, Vocabularies } from './extractor-types.ts';
import { rawSpanOf } from './locate.ts';
import { parseYearMonthSpan } from './parse-year-month.ts';
import { proseTasks } from './extract-responsibilities-prose.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { Assignment } from './responsibility-notes.ts';
import { noteTasks, tableTasks } from './responsibility-tasks.ts';
import type { ParsedDocument } from './types.ts';
import { writtenText } from './written-text.ts';

/** Responsibilities of one plan: tasks in reading order, agencies in the order written. */
export function extractResponsibilities(
  doc: ParsedDocument,
  vocab: Vocabularies,
): { rows: ResponsibilityRow[]; report: ReportEntry[] } {
  const report: ReportEntry[] = [];
  const listed = [...noteTasks(doc, report), ...doc.tables.flatMap((t) => tableTasks(doc, t, report))];
  const taken = listed.map((t) => ({ start: t.cleanStart, end: t.cleanEnd }));
  const ov = readOrganisationVocab(vocab);
  const firstLeads = firstAgencyLeads(doc, ov.responsibilityWords.first_lead_phrases_zh ?? []);
  const tasks = [...listed.map((t) => (firstLeads ? firstLeadOf(t) : t)), ...proseTasks(doc, ov, taken)].sort(
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

/** The plan says the first agency of each list leads (`列第一位的为牵头单位`). */
function firstAgencyLeads(doc: ParsedDocument, phrases: string[]): boolean {
  const text = doc.clean.text.replace(/\s/g, '');
  return phrases.some((p) => text.includes(p));
}

/** A note that names only 责任单位: its first agency leads, the others are partners. */
function firstLeadOf<T extends { assignments: Assignment[] }>(task: T): T {
  if (task.assignments.some((a) => a.role !== 'responsible')) return task;
  const assignments = task.assignments.flatMap((a): Assignment[] => {
    const [first, ...rest] = a.agencies;
    if (!first) return [a];
    const lead: Assignment = { role: 'lead', agencies: [first], listOffset: a.listOffset };
    return rest.length > 0 ? [lead, { role: 'partner', agencies: rest, listOffset: a.listOffset }] : [lead];
  });
  return { ...task, assignments };
}

/** Registry entry: the `responsibilities` dataset. */
export function responsibilitiesExtractor(doc: ParsedDocument, vocab: Vocabularies): ExtractorResult {
  const { rows, report } = extractResponsibilities(doc, vocab);
  return { datasets: { responsibilities: rows }, report };
}

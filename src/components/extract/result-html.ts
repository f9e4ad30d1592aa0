// What /extract/ shows of an extracted plan, as HTML strings built in the Web Worker from the same pieces as the plan
// page (plan-view.ts, outline-tree.ts, data-table-fields.ts): facts, document notes, outline, the highlighted text,
// the legend and the data tables. Pure; every value escaped.
import type { Lang } from '../../i18n/ui.ts';
import type { DocumentNoteRow, DocumentRow, SectionRow } from '../../lib/schema/index.ts';
import { escapeAttr, escapeHtml } from '../../lib/text/index.ts';
import { fieldColumns, fieldsHtml } from '../plan/data-table-fields.ts';
import { outlineTree, type OutlineItem } from '../plan/outline-tree.ts';
import { buildPlanView, sectionAnchorId } from '../plan/plan-view.ts';
import type { TableView } from '../plan/types.ts';
import { PLAN_DATASETS, type PlanResult } from './run-extraction.ts';
import { RESULT_TEXT } from './strings.ts';

export interface ResultHtml {
  docId: string;
  fileName: string;
  format: string;
  /** Title as the text states it (or the page metadata), else null. */
  title: string | null;
  /** `12 targets · 5 principles …`, every dataset with rows, in registry order. */
  summary: string;
  facts: string;
  notes: string;
  outline: string;
  legend: string;
  text: string;
  tables: string;
  /** Rows per dataset (all plan datasets, empty ones included): the download list. */
  counts: { name: string; title: string; rows: number }[];
}

const h = escapeHtml;
const a = escapeAttr;

function factsHtml(doc: DocumentRow | undefined, lang: Lang): string {
  const s = RESULT_TEXT[lang];
  if (!doc) return '';
  const origin = (o: string) =>
    o === 'page-metadata' ? ` <span class="muted small">(${h(s.fromPageMetadata)})</span>` : '';
  const value = (v: string | null) =>
    v ? `<span lang="zh-Hans">${h(v)}</span>` : `<span class="muted">${h(s.notStated)}</span>`;
  const rows: [string, string][] = [
    [s.title, value(doc.title_zh) + origin(doc.title_origin)],
    [s.number, value(doc.doc_number)],
    [s.issuer, value(doc.issuer_zh) + (doc.issuer_zh ? origin(doc.issuer_origin) : '')],
    [s.date, doc.issue_date ? h(doc.issue_date) : value(doc.issue_year ? String(doc.issue_year) : null)],
    [s.format, `${h(doc.original_format)} · ${h(s.chars(doc.chars))}`],
  ];
  const incomplete = doc.complete
    ? ''
    : `<div class="warning" role="note" data-warning="incomplete"><p><strong>${h(s.incomplete)}</strong> ${h(s.incompleteText)}</p><p class="small" lang="en">${h(doc.completeness_note)}</p></div>`;
  const missing =
    doc.attachments_missing > 0
      ? `<div class="warning" role="note" data-warning="attachments-missing"><p>${h(s.attachmentsMissing(doc.attachments_missing))}</p></div>`
      : '';
  return `${incomplete}${missing}<dl class="facts-list">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function notesHtml(notes: DocumentNoteRow[], lang: Lang): string {
  const s = RESULT_TEXT[lang];
  if (notes.length === 0) return `<p class="small muted">${h(s.noNotes)}</p>`;
  const warnings = notes.filter((n) => n.severity !== 'info').length;
  const items = notes
    .map(
      (n) =>
        `<li class="note-${a(n.severity)}">${n.line !== null ? `<a href="#p-${n.line}">${h(s.line(n.line))}</a> ` : ''}<code>${h(n.code)}</code>${n.severity === 'warning' ? ` <strong>${h(s.warning)}</strong>` : ''}: <span lang="en">${h(n.message)}</span></li>`,
    )
    .join('');
  return `<details class="small doc-notes"${warnings > 0 ? ' open' : ''}><summary>${h(s.notesSummary(notes.length, warnings))}</summary><ul>${items}</ul></details>`;
}

function outlineHtml(items: OutlineItem[], tables: TableView[], lang: Lang): string {
  const s = RESULT_TEXT[lang];
  const list = (xs: OutlineItem[]): string =>
    xs.length === 0
      ? ''
      : `<ol>${xs.map((it) => `<li><a href="#${a(sectionAnchorId(it.sec.section_id))}" lang="zh-Hans">${h(it.label)}</a>${list(it.children)}</li>`).join('')}</ol>`;
  const data =
    tables.length === 0
      ? ''
      : `<p class="outline-h">${h(s.extractedData)}</p><ol>${tables.map((tb) => `<li><a href="#data-${a(tb.spec.name)}">${h(tb.spec.title)}</a> <span class="muted">(${tb.items.length})</span></li>`).join('')}</ol>`;
  return `<details class="outline" data-outline><summary>${h(s.outline)}</summary><nav aria-label="${a(s.outlineLabel)}">${list(items)}${data}</nav></details>`;
}

function legendHtml(tables: TableView[], lang: Lang): string {
  if (tables.length === 0) return '';
  return `<ul class="legend small" aria-label="${a(RESULT_TEXT[lang].legend)}">${tables
    .map(
      (tb) =>
        `<li><span class="swatch ${a(tb.colorClass)}">${h(tb.code)}</span> <a href="#data-${a(tb.spec.name)}">${h(tb.spec.title)}</a> (${tb.items.length})</li>`,
    )
    .join('')}</ul>`;
}

function tablesHtml(tables: TableView[], lang: Lang): string {
  const s = RESULT_TEXT[lang];
  if (tables.length === 0) return `<p>${h(s.noRows)}</p>`;
  return tables
    .map((tb) => {
      const cols = fieldColumns(tb.spec);
      const rows = tb.items
        .map((it) => {
          const sec = it.row['section_id'];
          return `<tr id="row-${a(it.id)}"><td><a class="ref-back ${a(tb.colorClass)}" href="#${a(it.id)}" aria-label="${a(`${it.marker}: ${s.showInText}`)}">${h(it.marker)}</a></td><td lang="zh-Hans">${h(typeof it.row['quote'] === 'string' ? it.row['quote'] : '')}</td><td>${typeof sec === 'string' ? `<a href="#${a(sectionAnchorId(sec))}">${h(sec)}</a>` : '—'}</td><td class="fields">${fieldsHtml(cols, it.row)}</td></tr>`;
        })
        .join('');
      // Targets are what a reader comes for: open; the other tables fold.
      const open = tb.spec.name === 'targets' ? ' open' : '';
      return `<details id="data-${a(tb.spec.name)}" class="data-table" data-dataset="${a(tb.spec.name)}"${open}><summary><h3>${h(tb.spec.title)} <span class="muted">(${tb.items.length})</span></h3></summary><p class="small muted">${h(tb.spec.description)}</p><div class="scroll-x" tabindex="0" role="region" aria-label="${a(`${tb.spec.title}: ${s.table}`)}"><table><thead><tr><th scope="col">${h(s.item)}</th><th scope="col">${h(s.quote)}</th><th scope="col">${h(s.section)}</th><th scope="col">${h(s.fields)}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
    })
    .join('');
}

/** Everything the page shows of one extracted plan. */
export function resultHtml(plan: PlanResult, lang: Lang): ResultHtml {
  const s = RESULT_TEXT[lang];
  const sections = (plan.datasets['sections'] ?? []) as SectionRow[];
  const view = buildPlanView({
    docId: plan.docId,
    raw: plan.raw,
    sections,
    rowsOf: (name) => plan.datasets[name] ?? [],
    lang,
  });
  const doc = plan.datasets['documents']?.[0] as DocumentRow | undefined;
  const counts = PLAN_DATASETS.map((spec) => ({
    name: spec.name,
    title: spec.title,
    rows: plan.datasets[spec.name]?.length ?? 0,
  }));
  const unplaced =
    view.unplaced.length > 0
      ? `<p class="warning small">${h(s.unplaced)} ${h(view.unplaced.map((u) => u.id).join(', '))}</p>`
      : '';
  return {
    docId: plan.docId,
    fileName: plan.fileName,
    format: plan.format,
    title: doc?.title_zh ?? null,
    summary: view.tables.map((tb) => s.count(tb.items.length, tb.spec.title)).join(' · ') || s.noRows,
    facts: factsHtml(doc, lang),
    notes: notesHtml((plan.datasets['document_notes'] ?? []) as DocumentNoteRow[], lang),
    outline: outlineHtml(outlineTree(sections, lang), view.tables, lang),
    legend: legendHtml(view.tables, lang) + unplaced,
    text: view.html,
    tables: tablesHtml(view.tables, lang),
    counts,
  };
}

// What /extract/ shows of an extracted plan, as HTML strings built in the Web Worker from the same pieces as the plan
// page (plan-view.ts, outline-tree.ts, data-table-fields.ts, note-words.ts, section-label.ts): facts, notes on the
// source, outline, the highlighted text, the legend and the data tables in words. Pure; every value escaped.
import type { Lang } from '../../i18n/ui.ts';
import { glossaryLookup, type NameLookup } from '../../lib/glossary.ts';
import type { DocumentNoteRow, DocumentRow, SectionRow, TargetMentionRow } from '../../lib/schema/index.ts';
import type { Vocabularies } from '../../lib/schema/vocab.ts';
import { datasetText } from '../../lib/schema/zh.ts';
import { escapeAttr, escapeHtml } from '../../lib/text/index.ts';
import { dataTableRows, type DataTableContext } from '../plan/data-table-fields.ts';
import { incompleteText, noteView } from '../plan/note-words.ts';
import { outlineTree, type OutlineItem } from '../plan/outline-tree.ts';
import { sectionAnchor } from '../plan/plan-text.ts';
import { buildPlanView } from '../plan/plan-view.ts';
import { sectionLabel } from '../plan/section-label.ts';
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

/** The glossary and alliance kinds as the plan page reads them, from the vocabularies the pipeline ran with. */
function vocabularyNames(vocab: Vocabularies, lang: Lang): { names: NameLookup; kinds: Map<string, string> } {
  return {
    names: glossaryLookup(vocab.glossary.terms.map((t) => ({ term_zh: t.zh, name_en: t.en }))),
    kinds: new Map(vocab['alliance-kinds'].map((k) => [k.kind_id, lang === 'en' ? k.name_en : k.name_zh])),
  };
}

function factsHtml(doc: DocumentRow | undefined, notes: DocumentNoteRow[], raw: string, names: NameLookup, lang: Lang) {
  const s = RESULT_TEXT[lang];
  if (!doc) return '';
  const origin = (o: string) =>
    o === 'page-metadata' ? ` <span class="muted small">(${h(s.fromPageMetadata)})</span>` : '';
  const value = (v: string | null) =>
    v ? `<span lang="zh-Hans">${h(v)}</span>` : `<span class="muted">${h(s.notStated)}</span>`;
  const issuer = doc.issuer_zh ? names(doc.issuer_zh, lang) : null;
  const issuerHtml = issuer
    ? `<span lang="${issuer.lang}"${issuer.zh ? ` title="${a(issuer.zh)}"` : ''}>${h(issuer.text)}</span>`
    : value(null);
  const rows: [string, string][] = [
    [s.title, value(doc.title_zh) + origin(doc.title_origin)],
    [s.number, value(doc.doc_number)],
    [s.issuer, issuerHtml + (doc.issuer_zh ? origin(doc.issuer_origin) : '')],
    [s.date, doc.issue_date ? h(doc.issue_date) : value(doc.issue_year ? String(doc.issue_year) : null)],
    [s.format, `${h(doc.original_format)} · ${h(s.chars(doc.chars))}`],
  ];
  const incomplete = doc.complete
    ? ''
    : `<div class="warning" role="note" data-warning="incomplete"><p><strong>${h(s.incomplete)}</strong> ${h(s.incompleteText)} ${h(incompleteText(notes, raw, lang))}</p></div>`;
  const missing =
    doc.attachments_missing > 0
      ? `<div class="warning" role="note" data-warning="attachments-missing"><p>${h(s.attachmentsMissing(doc.attachments_missing))}</p></div>`
      : '';
  return `${incomplete}${missing}<dl class="facts-list">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** The notes on the source in plain words (note-words.ts, as on the plan page); a marked defect links here. */
function notesHtml(notes: DocumentNoteRow[], raw: string, lang: Lang): string {
  const s = RESULT_TEXT[lang];
  if (notes.length === 0) return `<p class="small muted">${h(s.noNotes)}</p>`;
  const warnings = notes.filter((n) => n.severity !== 'info').length;
  const items = notes
    .map((n) => {
      const v = noteView(n, raw, lang);
      const line =
        v.line !== null ? `<a href="#p-${v.line}">${h(s.line(v.line))}</a>${lang === 'en' ? ': ' : '：'}` : '';
      const quote =
        v.quote && v.mark !== null
          ? ` <q lang="zh-Hans" class="note-quote" translate="no">${h(v.quote.trim() || v.quote)}</q>`
          : '';
      const warning = n.severity === 'warning' ? `<strong>${h(s.warning)}</strong> ` : '';
      return `<li id="note-${a(n.note_id)}" class="note-${a(n.severity)}">${line}${warning}<span>${h(v.text)}</span>${quote}</li>`;
    })
    .join('');
  return `<details class="small doc-notes" id="source-notes"${warnings > 0 ? ' open' : ''}><summary>${h(s.notesSummary(notes.length, warnings))}</summary><ul>${items}</ul></details>`;
}

function outlineHtml(items: OutlineItem[], tables: TableView[], lang: Lang): string {
  const s = RESULT_TEXT[lang];
  const list = (xs: OutlineItem[]): string =>
    xs.length === 0
      ? ''
      : `<ol>${xs.map((it) => `<li><a href="#${a(sectionAnchor(it.sec.section_id))}" lang="zh-Hans">${h(it.label)}</a>${list(it.children)}</li>`).join('')}</ol>`;
  const data =
    tables.length === 0
      ? ''
      : `<p class="outline-h">${h(s.extractedData)}</p><ol class="outline-data">${tables.map((tb) => `<li><a href="#data-${a(tb.spec.name)}">${h(datasetText(tb.spec, lang).title)}</a> <span class="muted">(${tb.items.length})</span></li>`).join('')}</ol>`;
  return `<details class="outline" data-outline><summary>${h(s.outline)}</summary><nav aria-label="${a(s.outlineLabel)}">${list(items)}${data}</nav></details>`;
}

function legendHtml(tables: TableView[], lang: Lang): string {
  if (tables.length === 0) return '';
  return `<ul class="legend small" aria-label="${a(RESULT_TEXT[lang].legend)}">${tables
    .map(
      (tb) =>
        `<li><span class="swatch ${a(tb.colorClass)}">${h(tb.code)}</span> <a href="#data-${a(tb.spec.name)}">${h(datasetText(tb.spec, lang).title)}</a> (${tb.items.length})</li>`,
    )
    .join('')}</ul>`;
}

/** The data tables as the plan page's DataTables.astro renders them (rows from data-table-fields.ts). */
function tablesHtml(tables: TableView[], ctx: DataTableContext): string {
  const s = RESULT_TEXT[ctx.lang];
  if (tables.length === 0) return `<p>${h(s.noRows)}</p>`;
  return tables
    .map((tb) => {
      const text = datasetText(tb.spec, ctx.lang);
      const rows = dataTableRows(tb, ctx)
        .map(
          (r) =>
            `<tr id="row-${a(r.id)}"${r.conflict ? ' class="conflict"' : ''}><td><a class="ref-back ${a(tb.colorClass)}" href="#${a(r.id)}" aria-label="${a(`${r.marker}: ${s.showInText}`)}">${h(r.marker)}</a></td><td lang="zh-Hans" translate="no">${h(r.quote)}</td><td>${r.section ? `<a href="#${a(sectionAnchor(r.section.id))}" lang="zh-Hans">${h(r.section.label)}</a>` : '—'}</td><td class="fields">${r.html}</td></tr>`,
        )
        .join('');
      // Targets are what a reader comes for: open; the other tables fold.
      const open = tb.spec.name === 'targets' ? ' open' : '';
      return `<details id="data-${a(tb.spec.name)}" class="data-table" data-dataset="${a(tb.spec.name)}"${open}><summary><h3>${h(text.title)} <span class="muted">(${tb.items.length})</span></h3></summary><p class="small muted">${h(text.description)}</p><div class="scroll-x" tabindex="0" role="region" aria-label="${a(`${text.title}: ${s.table}`)}"><table><thead><tr><th scope="col">${h(s.item)}</th><th scope="col">${h(s.quote)}</th><th scope="col">${h(s.section)}</th><th scope="col">${h(s.fields)}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
    })
    .join('');
}

/** Everything the page shows of one extracted plan; `vocab` is what the pipeline ran with (glossary, kinds). */
export function resultHtml(plan: PlanResult, lang: Lang, vocab: Vocabularies): ResultHtml {
  const s = RESULT_TEXT[lang];
  const sections = (plan.datasets['sections'] ?? []) as SectionRow[];
  const notes = (plan.datasets['document_notes'] ?? []) as DocumentNoteRow[];
  const view = buildPlanView({
    docId: plan.docId,
    raw: plan.raw,
    sections,
    notes,
    rowsOf: (name) => plan.datasets[name] ?? [],
    lang,
  });
  const doc = plan.datasets['documents']?.[0] as DocumentRow | undefined;
  const { names, kinds } = vocabularyNames(vocab, lang);
  const labelOf = new Map(sections.map((sec) => [sec.section_id, sectionLabel(sec, lang)]));
  const ctx: DataTableContext = {
    lang,
    names,
    allianceKind: (k) => kinds.get(k) ?? null,
    mentions: (plan.datasets['target_mentions'] ?? []) as TargetMentionRow[],
    sectionLabel: (id) => labelOf.get(id) ?? id,
  };
  const counts = PLAN_DATASETS.map((spec) => ({
    name: spec.name,
    title: datasetText(spec, lang).title,
    rows: plan.datasets[spec.name]?.length ?? 0,
  }));
  const unplaced =
    view.unplaced.length > 0
      ? `<p class="warning small">${h(s.unplaced)} ${h(view.unplaced.map((u) => view.markerOf(u.id)).join(lang === 'en' ? ', ' : '、'))}</p>`
      : '';
  return {
    docId: plan.docId,
    fileName: plan.fileName,
    format: plan.format,
    title: doc?.title_zh ?? null,
    summary:
      view.tables.map((tb) => s.count(tb.items.length, datasetText(tb.spec, lang).title)).join(' · ') || s.noRows,
    facts: factsHtml(doc, notes, plan.raw, names, lang),
    notes: notesHtml(notes, plan.raw, lang),
    outline: outlineHtml(outlineTree(sections, lang), view.tables, lang),
    legend: legendHtml(view.tables, lang) + unplaced,
    text: view.html,
    tables: tablesHtml(view.tables, ctx),
    counts,
  };
}

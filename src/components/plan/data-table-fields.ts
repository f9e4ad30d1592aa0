// What a plan's data table shows of each row: its marker, the quote, its section by label and its fields in plain
// words (row-view.ts), a target whose statements disagree flagged with what each says. Pure: DataTables.astro (the
// plan page, at build time) and /extract/ (in the browser) both render their rows from it.
import type { Lang } from '../../i18n/ui.ts';
import type { NameLookup } from '../../lib/glossary.ts';
import { escapeAttr, escapeHtml } from '../../lib/text/index.ts';
import { conflictWords, rowFields, type FieldView, type MentionForConflict } from './row-view.ts';
import type { TableView } from './types.ts';

export interface DataTableContext {
  lang: Lang;
  /** Agency and institution names in the page's language (the glossary). */
  names: NameLookup;
  /** An alliance kind's name in the page's language, by kind id. */
  allianceKind: (kindId: string) => string | null;
  /** The plan's target mentions (target_mentions rows of this document): statements that disagree are flagged. */
  mentions: (MentionForConflict & { target_id: string })[];
  /** A section's label as the outline shows it ('一、总体要求'), by section id. */
  sectionLabel: (sectionId: string) => string;
}

export interface DataTableRow {
  /** The highlight's id: the row is `row-<id>`, its marker links to `#<id>`. */
  id: string;
  marker: string;
  quote: string;
  /** The row's section (null when it has none) and its label. */
  section: { id: string; label: string } | null;
  /** The statements of this target disagree. */
  conflict: boolean;
  /** The fields in words, as HTML (escaped): one element per field keeps the DOM small on plans with many rows. */
  html: string;
}

/** `<span class="k">Label</span> <span>text</span>`, with the text's language, tooltip and flag. */
export function fieldHtml(f: FieldView): string {
  const lang = f.lang ? ` lang="${f.lang}"` : '';
  const title = f.title ? ` title="${escapeAttr(f.title)}"` : '';
  const cls = f.flag ? ` class="flag flag-${f.flag}"` : '';
  const label = f.label ? `<span class="k">${escapeHtml(f.label)}</span> ` : '';
  return `<span${cls}>${label}<span${lang}${title}>${escapeHtml(f.text)}</span></span>`;
}

/** The rows of one data table as the reader sees them. */
export function dataTableRows(tb: TableView, ctx: DataTableContext): DataTableRow[] {
  return tb.items.map((it) => {
    const targetId = it.row['target_id'];
    const conflict =
      tb.spec.name === 'targets'
        ? conflictWords(
            ctx.mentions.filter((m) => m.target_id === targetId),
            ctx.lang,
          )
        : null;
    const fields = rowFields(tb.spec.name, it.row, {
      lang: ctx.lang,
      names: ctx.names,
      conflict,
      allianceKind: ctx.allianceKind,
    });
    const sec = it.row['section_id'];
    return {
      id: it.id,
      marker: it.marker,
      quote: typeof it.row['quote'] === 'string' ? it.row['quote'] : '',
      section: typeof sec === 'string' ? { id: sec, label: ctx.sectionLabel(sec) } : null,
      conflict: conflict !== null,
      html: fields.map(fieldHtml).join(' · '),
    };
  });
}

// Clean lines to the document's structure, in passes: the cover notice, the attachment list, the heading tree,
// an unlabelled trailing roster, missing attachments, then paragraphs and tables.
import type { CleanLine } from './normalize.ts';
import { inlineItems } from './inline-items.ts';
import { findAttachmentList } from './segment-attachments.ts';
import { buildSectionTree } from './segment-headings.ts';
import { detectUnlabelledAnnex } from './segment-roster.ts';
import { cleanEndOf, newSection, rawEndOf, type SegmentState } from './segment-state.ts';
import { findTables, markTableLines } from './segment-tables.ts';
import type { Attachment, CleanText, Note, Paragraph, Section, Table } from './types.ts';

export interface Structure {
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  attachments: Attachment[];
  notes: Note[];
}

export function segmentDocument(
  docId: string,
  fileName: string,
  clean: CleanText,
  lines: CleanLine[],
  cover: { bodyLine: number; titleLine: number; hasNotice: boolean },
): Structure {
  const s: SegmentState = {
    docId,
    fileName,
    clean,
    lines,
    texts: lines.map((l) => clean.text.slice(l.cleanStart, l.cleanEnd)),
    sections: [],
    lineSection: new Array<string>(lines.length).fill(''),
    headingLines: new Set<number>(),
    attachments: [],
    attachmentLines: new Set<number>(),
    tableLines: new Set<number>(),
    notes: [],
  };

  // The cover notice (印发通知) runs up to the plan's title.
  if (cover.hasNotice && cover.bodyLine > 0) {
    s.sections.push(
      newSection(s, {
        sectionId: 'cover',
        parentId: null,
        level: 0,
        kind: 'cover',
        label: '',
        headingZh: '印发通知',
        start: lines[0]!.rawStart,
        end: rawEndOf(s, cover.bodyLine - 1),
        headingStart: lines[0]!.rawStart,
        headingEnd: lines[0]!.rawStart,
        cleanStart: lines[0]!.cleanStart,
        cleanEnd: cleanEndOf(s, cover.bodyLine - 1),
      }),
    );
    for (let i = 0; i < cover.bodyLine; i++) s.lineSection[i] = 'cover';
  }

  markTableLines(s);
  findAttachmentList(s, cover.bodyLine);
  const annexCount = buildSectionTree(s, cover.bodyLine, cover.titleLine);
  if (!s.sections.some((x) => x.level >= 1 && x.kind !== 'annex')) {
    s.notes.push({
      severity: 'info',
      code: 'no-outline',
      where: `${fileName}:${lines[cover.bodyLine]?.line ?? 1}`,
      message: 'no headings (一、/（一）/1./第一条/第一章/#…) in the body: read as one body without an outline',
    });
  }
  if (annexCount === 0) detectUnlabelledAnnex(s);

  for (const a of s.attachments.filter((x) => !x.present)) {
    s.notes.push({
      severity: 'warning',
      code: 'attachment-missing',
      where: fileName,
      message: `attachment referenced but not in the text: ${a.labelZh}`,
      start: a.start,
      end: a.end,
    });
  }

  const paragraphs: Paragraph[] = lines.map((l, i) => ({
    index: i,
    kind: s.headingLines.has(i)
      ? 'heading'
      : l.tabular || s.tableLines.has(i)
        ? 'table-row'
        : l.listItem
          ? 'list-item'
          : 'body',
    sectionId: s.lineSection[i] || 'preamble',
    text: s.texts[i] ?? '',
    cleanStart: l.cleanStart,
    cleanEnd: l.cleanEnd,
    start: l.rawStart,
    end: l.rawEnd,
    line: l.line,
  }));
  // Enumerations inside paragraphs; `二是` opening a paragraph continues the `一是` run of the one before.
  let yishi = 0;
  for (const p of paragraphs) {
    if (p.kind === 'table-row') continue;
    const items = inlineItems(clean, p.text, p.cleanStart, yishi);
    yishi = items.length > 0 && items[items.length - 1]!.label.endsWith('是') ? items[items.length - 1]!.number : 0;
    if (items.length > 0) p.items = items;
  }
  const tables = findTables(s);
  return { sections: s.sections, paragraphs, tables, attachments: s.attachments, notes: s.notes };
}

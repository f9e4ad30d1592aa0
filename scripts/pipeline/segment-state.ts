// What the segmentation passes share: the clean lines and the structure built so far.
import type { CleanLine } from './normalize.ts';
import type { Attachment, CleanText, Note, Section } from './types.ts';

export interface SegmentState {
  docId: string;
  fileName: string;
  clean: CleanText;
  lines: CleanLine[];
  /** Clean text of each line. */
  texts: string[];
  sections: Section[];
  /** Section id of each line ('' until a pass assigns it). */
  lineSection: string[];
  headingLines: Set<number>;
  attachments: Attachment[];
  /** Lines that list attachments (`附件：1. X`). */
  attachmentLines: Set<number>;
  /** Lines that belong to a table without being a row of cells: group rows (`一、健康水平`) between rows. */
  tableLines: Set<number>;
  notes: Note[];
}

/** Raw end of line `i` (the text's end past the last line). */
export function rawEndOf(s: SegmentState, i: number): number {
  return s.lines[i]?.rawEnd ?? s.clean.raw.length;
}

/** Clean end of line `i` (the text's end past the last line). */
export function cleanEndOf(s: SegmentState, i: number): number {
  return s.lines[i]?.cleanEnd ?? s.clean.text.length;
}

/** A section of this document. */
export function newSection(s: SegmentState, fields: Omit<Section, 'docId'>): Section {
  return { docId: s.docId, ...fields };
}

/** A section spanning one line without a heading of its own (cover, preamble, attachment list, annex). */
export function lineSectionOf(
  s: SegmentState,
  i: number,
  fields: Pick<Section, 'sectionId' | 'parentId' | 'level' | 'kind' | 'label' | 'headingZh'>,
): Section {
  const l = s.lines[i] as CleanLine;
  return newSection(s, {
    ...fields,
    start: l.rawStart,
    end: l.rawEnd,
    headingStart: l.rawStart,
    headingEnd: l.rawStart,
    cleanStart: l.cleanStart,
    cleanEnd: l.cleanEnd,
  });
}

// The whole first half of the pipeline for one file: bytes → decoded → clean text → front matter → structure.
import { decodeBytes, InputError } from './decode.ts';
import { fillFromPage, pageFactsOf } from './front-matter-page.ts';
import { extractCover } from './front-matter.ts';
import { normalizeText } from './normalize.ts';
import { segmentDocument } from './segment.ts';
import type { ManifestEntry, Note, ParsedDocument } from './types.ts';

export interface DocumentInput {
  docId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Parse one plan. Throws InputError (naming file and line) for input that cannot be a plan. */
export function parseDocument(input: DocumentInput, manifest?: ManifestEntry): ParsedDocument {
  const { docId, fileName } = input;
  const decoded = decodeBytes(fileName, input.bytes);
  const norm = normalizeText(fileName, decoded.raw);
  if (norm.lines.length === 0)
    throw new InputError(`${fileName}:1`, 'no text left after removing web-page chrome and viewer residue');
  const cover = extractCover(norm.clean, norm.lines, manifest);
  const structure = segmentDocument(docId, fileName, norm.clean, norm.lines, {
    bodyLine: cover.bodyLine,
    titleLine: cover.titleLine,
    hasNotice: cover.notice !== null,
  });
  // Text that stops mid-sentence in the body is cut short; an annex list or roster need not end in 。.
  const lastSection = structure.sections.find(
    (s) => s.sectionId === structure.paragraphs[structure.paragraphs.length - 1]?.sectionId,
  );
  const candidate = norm.truncated;
  const truncated =
    candidate && (candidate.previewNotice || !['annex', 'attachments'].includes(lastSection?.kind ?? ''))
      ? candidate
      : null;
  // Quoted as written in the source, not as folded for matching.
  const lastWords = truncated ? norm.clean.raw.slice(truncated.start, truncated.end).trim().slice(-20) : '';
  const truncationNotes: Note[] = truncated
    ? [
        {
          severity: 'warning',
          code: 'truncated',
          where: `${fileName}:${truncated.line}`,
          message: truncated.cutMidSentence
            ? `text stops mid-sentence (…${lastWords.slice(-12)})`
            : 'copy ends with a preview notice: the rest of the document is missing',
          start: truncated.start,
          end: truncated.end,
        },
      ]
    : [];
  const { bodyLine: _b, titleLine: _t, ...front } = cover;
  const pageFacts = pageFactsOf(norm.chrome);
  fillFromPage(front, pageFacts);
  return {
    docId,
    fileName,
    place: manifest ? { placeZh: manifest.place_zh, placeEn: manifest.place_en, level: manifest.level } : null,
    clean: norm.clean,
    front: {
      ...front,
      attachments: structure.attachments,
      pageFacts,
      complete: truncated === null,
      completenessNote: truncated
        ? `Truncated: the text stops mid-sentence at line ${truncated.line} (…${lastWords})${norm.residue.length > 0 ? ', followed by extraction residue (' + norm.residue.map((r) => `line ${r.line}`).join(', ') + ')' : ''}. Nothing after the cut is guessed.`
        : '',
    },
    sections: structure.sections,
    paragraphs: structure.paragraphs,
    tables: structure.tables,
    notes: [...decoded.notes, ...norm.notes, ...structure.notes, ...truncationNotes],
  };
}

// The whole first half of the pipeline for one file: bytes → decoded → clean text → front matter → structure.
import { decodeBytes, InputError } from './decode.ts';
import { extractCover } from './front-matter.ts';
import { normalizeText } from './normalize.ts';
import { segmentDocument } from './segment.ts';
import type { ManifestEntry, ParsedDocument } from './types.ts';

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
  if (norm.lines.length === 0) throw new InputError(`${fileName}:1`, 'no text left after removing residue');
  const cover = extractCover(norm.clean, norm.lines, manifest);
  const structure = segmentDocument(docId, fileName, norm.clean, norm.lines, {
    bodyLine: cover.bodyLine, titleLine: cover.titleLine, hasNotice: cover.notice !== null,
  });
  const numbered = structure.sections.filter((s) => s.level >= 1 && s.kind !== 'annex');
  if (numbered.length === 0) {
    throw new InputError(`${fileName}:1`, 'no recognisable structure: no 一、/（一）/1. headings found — is this a policy plan?');
  }
  const truncated = norm.truncated;
  const { bodyLine: _b, titleLine: _t, ...front } = cover;
  return {
    docId,
    fileName,
    clean: norm.clean,
    front: {
      ...front,
      attachments: structure.attachments,
      complete: truncated === null,
      completenessNote: truncated
        ? `Truncated: the text stops mid-sentence at line ${truncated.line} (…${truncated.lastText})${norm.residue.length > 0 ? ', followed by extraction residue (' + norm.residue.map((r) => `line ${r.line}`).join(', ') + ')' : ''}. Nothing after the cut is guessed.`
        : '',
    },
    sections: structure.sections,
    paragraphs: structure.paragraphs,
    tables: structure.tables,
    notes: [...decoded.notes, ...norm.notes, ...structure.notes],
  };
}

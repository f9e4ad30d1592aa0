// The canonical text as bytes: what data/raw/<doc_id>.txt holds and every offset indexes.
import type { ConvertResult } from './types.ts';

/** UTF-8; a leading U+FEFF (kept from a UTF-8 file with BOM) becomes the BOM again, so such files round-trip. */
export function canonicalBytes(result: Pick<ConvertResult, 'text'>): Uint8Array {
  return new TextEncoder().encode(result.text);
}

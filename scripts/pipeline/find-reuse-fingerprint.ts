// Folding a document to its letters and digits, and winnowing its character shingles into fingerprints.
import type { ParsedDocument } from './types.ts';

/** A document reduced to letters and digits, with a map back to clean-text offsets. */
export interface FoldedText {
  /** Letters and digits of the clean text, Latin lower-cased; punctuation, spaces and line breaks removed. */
  text: string;
  /** toClean[i] is the clean offset of text[i] (code units, so a surrogate pair maps to two offsets). */
  toClean: Int32Array;
}

const KEEP = /[\p{L}\p{N}]/u;

/** Punctuation and spacing carry no reuse signal and differ between copies (，vs 、, indentation), so matching ignores them. */
export function foldText(clean: string): FoldedText {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < clean.length;) {
    const cp = clean.codePointAt(i) ?? 0;
    // Fast path for what plans are made of: unified ideographs, ASCII digits and letters (lower-cased).
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) {
      out.push(String.fromCharCode(cp));
      map.push(i++);
      continue;
    }
    if (cp >= 0x41 && cp <= 0x5a) {
      out.push(String.fromCharCode(cp + 32));
      map.push(i++);
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (KEEP.test(ch)) {
      const folded = ch.length === 1 ? ch.toLowerCase() : ch;
      // Lower-casing never changes the length of the letters that occur here; guard anyway so the map stays exact.
      const unit = folded.length === ch.length ? folded : ch;
      for (let u = 0; u < unit.length; u++) {
        out.push(unit[u] as string);
        map.push(i + u);
      }
    }
    i += ch.length;
  }
  return { text: out.join(''), toClean: Int32Array.from(map) };
}

export function foldDocument(doc: ParsedDocument): FoldedText {
  return foldText(doc.clean.text);
}

/** 32-bit FNV-1a hash of text[start, start+k): cheap, and collisions are caught by comparing the shingles. */
export function shingleHash(text: string, start: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + k; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of every shingle of k characters, in text order. */
export function shingleHashes(text: string, k: number): Uint32Array {
  const n = Math.max(0, text.length - k + 1);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = shingleHash(text, i, k);
  return hashes;
}

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): in every window of w consecutive shingle hashes keep
 * the minimum (rightmost on ties). Any shared run of at least w + k - 1 characters yields at least one
 * common fingerprint, while only about 2/(w+1) of the shingles are kept.
 * Returns the positions of the selected shingles, ascending.
 */
export function winnow(text: string, k: number, w: number): number[] {
  return winnowHashes(shingleHashes(text, k), w);
}

export function winnowHashes(hashes: Uint32Array, w: number): number[] {
  const n = hashes.length;
  if (n === 0) return [];
  if (n <= w) {
    let best = 0;
    for (let i = 1; i < n; i++) if ((hashes[i] as number) <= (hashes[best] as number)) best = i;
    return [best];
  }
  const picked: number[] = [];
  let last = -1;
  // Monotone deque of positions whose hashes increase: the front is the window minimum.
  const dq = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    while (tail > head && (hashes[dq[tail - 1] as number] as number) >= h) tail--;
    dq[tail++] = i;
    if ((dq[head] as number) <= i - w) head++;
    if (i >= w - 1) {
      const m = dq[head] as number;
      if (m !== last) {
        picked.push(m);
        last = m;
      }
    }
  }
  return picked;
}

// Elements for the explorer's client code, text always set as text.
import { quotedRuns } from '../../lib/code-runs.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** A paragraph of prose whose double-quoted identifiers ("end") are set as code. */
export function proseWithCode(text: string, className?: string): HTMLParagraphElement {
  const p = el('p', undefined, className);
  p.append(...quotedRuns(text).map((r) => (r.code ? el('code', r.text) : r.text)));
  return p;
}

// English words where a Chinese page should have Chinese: text and reader-facing attributes (title, aria-label, alt,
// placeholder) outside elements marked lang="en…" or translate="no" (data shown as data), outside code (<code>,
// <pre>, <kbd>, <samp>, <textarea>) and scripts. Identifiers (with digits, _ or .), acronyms (SQL, CSV, PNG) and an allow-list of names pass.
import { parseDocument } from 'htmlparser2';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
interface ElementNode {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}
/** DOM node types as numbers (Node.TEXT_NODE, Node.ELEMENT_NODE): no enum shared across package copies. */
const TEXT = 3;
const ELEMENT = 1;

/** Names and terms a Chinese page may write in Latin letters. */
export const ALLOWED = new Set(
  [
    'SQL',
    'CSV',
    'JSON',
    'DuckDB',
    'URL',
    'Parquet',
    'Arrow',
    'Excel',
    'pandas',
    'Frictionless',
    'Markdown',
    'JavaScript',
    'WebAssembly',
    'Unicode',
    'UTF',
    'kB',
    'MB',
    'GB',
    'sic', // [sic]
    'brotli', // compression formats, as hosts name them
    'gzip',
    'Mac', // a computer's name, like Excel
  ].map((w) => w.toLowerCase()),
);

/** Names that are also English words, allowed only as written: Word (the word processor; Chinese writes Word文件). */
export const NAMES = new Set(['Word']);

const SKIP_TAGS = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template', 'math']);
const ATTRS = ['title', 'aria-label', 'alt', 'placeholder'];
const WORD = /[A-Za-z0-9_.@/:#?=&%+-]*[A-Za-z][A-Za-z0-9_.@/:#?=&%+'’-]*/g;

export interface EnglishWord {
  word: string;
  /** Where: the element's tag and the text around the word. */
  where: string;
}

/** A word that is English prose, not an identifier, address, acronym or allowed name. */
export function isEnglishWord(token: string): boolean {
  const w = token.replace(/^['’-]+|['’-]+$/g, '');
  if (w.length < 2) return false;
  if (/[0-9_.@/:#?=&%+]/.test(w)) return false; // ids, file names, addresses, versions, hashes
  if (/^[A-Z]{2,5}s?$/.test(w)) return false; // acronyms: SQL, CSV, PNG, OM, TM
  if (NAMES.has(w)) return false;
  return !ALLOWED.has(w.toLowerCase());
}

function langOf(el: ElementNode): string | undefined {
  return el.attribs['lang'];
}

/** English words on a page meant to be Chinese; `html` is the whole document. */
export function englishOutsideEn(html: string): EnglishWord[] {
  const found: EnglishWord[] = [];
  const scan = (text: string, where: string) => {
    for (const m of text.matchAll(WORD)) {
      if (!isEnglishWord(m[0])) continue;
      const at = m.index;
      found.push({
        word: m[0],
        where: `${where}: …${text.slice(Math.max(0, at - 20), at + m[0].length + 20).trim()}…`,
      });
    }
  };
  const walk = (nodes: Node[], inEnglish: boolean) => {
    for (const n of nodes) {
      if (n.nodeType === TEXT && 'data' in n) {
        if (!inEnglish) scan(n.data, 'text');
        continue;
      }
      if (n.nodeType !== ELEMENT || !('attribs' in n)) continue;
      const el: ElementNode = n;
      if (SKIP_TAGS.has(el.name)) continue;
      // Data shown as data (previews, example values) is not translated, so it is not checked.
      if (el.attribs['translate'] === 'no') continue;
      if (el.name === 'head') {
        // Only what a reader sees of the head: the title.
        walk(
          el.children.filter((c) => 'name' in c && c.name === 'title'),
          inEnglish,
        );
        continue;
      }
      const lang = langOf(el);
      const english = lang === undefined ? inEnglish : /^en\b/i.test(lang);
      if (!english) for (const a of ATTRS) if (el.attribs[a]) scan(el.attribs[a], `${el.name}[${a}]`);
      walk(el.children, english);
    }
  };
  walk(parseDocument(html).children, false);
  return found;
}

// Raw text to clean text for matching, keeping a map from every clean offset back to its raw offset. Lines are
// cleaned in normalize-line.ts; here web-page chrome and trailing residue are set aside, `|` rows marked as table
// rows, lines joined across page breaks, and truncation noted.
import { parseHeading } from './parse-heading.ts';
import { lineChars, removeStraySpaces, repairResidue, stripMarkdown, trim, type Chars } from './normalize-line.ts';
import { endsMidSentence, PROSE, TERMINAL } from './truncation.ts';
import { chromeKind, chromeLines, chromeNotes, type ChromeLine } from './web-chrome.ts';
import type { CleanText, Note } from './types.ts';

/** One paragraph of the clean text: one raw line, or several joined across a page break. */
export interface CleanLine {
  cleanStart: number;
  cleanEnd: number;
  /** Raw span from the first kept character to the last kept character (+1). */
  rawStart: number;
  rawEnd: number;
  /** 1-based raw line of the first character. */
  line: number;
  /** Markdown heading depth (`## x` → 2), 0 if none. */
  markdownLevel: number;
  /** Line began with a Markdown bullet (`- `). */
  listItem: boolean;
  /** Line held table cells: tab-separated, or `|`-separated (Markdown pipes, a flattened table). */
  tabular: boolean;
  /** The cells are separated by `|` (or `｜`). */
  pipeRow: boolean;
}

export interface Normalized {
  clean: CleanText;
  lines: CleanLine[];
  notes: Note[];
  /** Raw lines recognised as extraction residue and left out of the clean text. */
  residue: { start: number; end: number; line: number; text: string }[];
  /** Web-page chrome before and after the text (metadata block, breadcrumbs, page tools), left out of the clean text. */
  chrome: ChromeLine[];
  /** The text may stop mid-sentence or ends with a viewer's preview notice; confirmed by the structure. */
  truncated: {
    line: number;
    start: number;
    end: number;
    lastText: string;
    cutMidSentence: boolean;
    previewNotice: boolean;
  } | null;
}

/** Lines that a web page or PDF viewer added: not part of the document. */
const RESIDUE_LINE = [/预览已结束/, /完整报告链接/, /扫码|二维码/, /^https?:\/\/\S+$/, /^(www\.)\S+$/];

/** A line that opens a section or an annex never continues a paragraph cut by a page break. */
function opensSection(text: string): boolean {
  return parseHeading(text) !== null || /^附[件表]/.test(text);
}

/** A raw line with its clean characters, before page-break joins. */
interface Pending extends CleanLine {
  c: Chars;
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  blankBefore: number;
  /** Raw offsets of ` and ` repaired as 和. */
  repaired: number[];
  /** The whole raw line, from its first character to its line break. */
  lineStart: number;
  lineEnd: number;
}

function isPureHeading(text: string): boolean {
  return opensSection(text) && !text.includes('。');
}

/** Whether paragraph `a` was cut by a page break and `b` continues it. */
function continues(a: Pending, b: Pending): boolean {
  const at = a.c.chars.join('');
  const bt = b.c.chars.join('');
  if (a.tabular || b.tabular || a.markdownLevel > 0 || b.markdownLevel > 0 || b.listItem) return false;
  if (at.includes('|') || bt.includes('|')) return false;
  if (!PROSE.test(at) || TERMINAL.test(at) || isPureHeading(at)) return false;
  return !opensSection(bt);
}

/** Cells separated by `|` (Markdown or a flattened table), `｜` folded: not prose, so stray spaces stay. */
function pipeCount(text: string): number {
  return (text.match(/\|/g) ?? []).length;
}

/** Every non-blank raw line, cleaned: width folded, Markdown marks gone, residue repaired, stray spaces dropped. */
function readLines(raw: string): Pending[] {
  const out: Pending[] = [];
  let lineNo = 0;
  let pos = 0;
  let blank = 0;
  while (pos <= raw.length) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 ? raw.length : nl;
    lineNo++;
    const chars = trim(lineChars(raw, pos, end));
    const lineStart = pos;
    pos = end + 1;
    if (chars.chars.length === 0) {
      blank++;
    } else {
      const md = stripMarkdown(chars);
      const fixed = repairResidue(md.c);
      const c = pipeCount(fixed.c.chars.join('')) > 0 ? fixed.c : removeStraySpaces(fixed.c);
      const text = c.chars.join('');
      // A line left empty by cleaning (`**`) neither counts as blank nor ends a run of blank lines.
      if (c.chars.length > 0) {
        out.push({
          c,
          text,
          blankBefore: blank,
          repaired: fixed.repaired,
          lineStart,
          lineEnd: end,
          cleanStart: 0,
          cleanEnd: 0,
          rawStart: c.raw[0] as number,
          rawEnd: (c.raw[c.raw.length - 1] as number) + 1,
          line: lineNo,
          markdownLevel: md.markdownLevel,
          listItem: md.listItem,
          tabular: text.includes('\t'),
          pipeRow: false,
        });
        blank = 0;
      }
    }
    if (nl === -1) break;
  }
  return out;
}

/** Lines with `|` cells: two or more pipes, or one beside another line with pipes. */
function markPipeRows(lines: Pending[]): void {
  const counts = lines.map((l) => pipeCount(l.text));
  lines.forEach((l, i) => {
    const n = counts[i] ?? 0;
    if (n >= 2 || (n === 1 && ((counts[i - 1] ?? 0) > 0 || (counts[i + 1] ?? 0) > 0))) {
      l.pipeRow = true;
      l.tabular = true;
    }
  });
}

export function normalizeText(fileName: string, raw: string): Normalized {
  const notes: Note[] = [];
  const residue: Normalized['residue'] = [];
  const all = readLines(raw);
  // Web-page chrome before and after the text, and a trailing run of viewer residue, are not the document;
  // residue-like lines inside the text are kept as text.
  const chrome = chromeLines(all.map((l) => l.text));
  const aside = new Set(chrome);
  for (let k = all.length - 1; k >= 0 && (aside.has(k) || RESIDUE_LINE.some((re) => re.test(all[k]!.text))); k--)
    aside.add(k);
  const kept: Pending[] = [];
  const chromeSet: Normalized['chrome'] = [];
  for (const [k, line] of all.entries()) {
    const { lineStart: raw0, lineEnd } = line;
    if (aside.has(k)) {
      if (chrome.has(k)) {
        chromeSet.push({
          start: line.rawStart,
          end: line.rawEnd,
          line: line.line,
          text: raw.slice(line.rawStart, line.rawEnd),
          kind: chromeKind(line.text)!,
        });
      } else {
        residue.push({ start: raw0, end: lineEnd, line: line.line, text: raw.slice(raw0, lineEnd).trim() });
        notes.push({
          severity: 'warning',
          code: 'extraction-residue',
          where: `${fileName}:${line.line}`,
          message: `line is not part of the document (viewer or web residue): ${line.text.slice(0, 40)}`,
          start: raw0,
          end: lineEnd,
        });
      }
      // Nothing joins across a line set aside.
      const next = all[k + 1];
      if (next) next.blankBefore = 0;
      continue;
    }
    for (const at of line.repaired) {
      notes.push({
        severity: 'info',
        code: 'extraction-residue',
        where: `${fileName}:${line.line}`,
        message: "stray English ' and ' between Chinese characters read as 和",
        start: at - 1,
        end: at + 4,
      });
    }
    kept.push(line);
  }
  markPipeRows(kept);
  const lines: Pending[] = [];
  for (const line of kept) {
    const prev = lines[lines.length - 1];
    if (prev && line.blankBefore > 0 && continues(prev, line)) {
      notes.push({
        severity: 'info',
        code: 'page-break-join',
        where: `${fileName}:${line.line}`,
        message: `paragraph split by a page break rejoined (…${prev.c.chars.slice(-4).join('')} | ${line.text.slice(0, 4)}…)`,
        start: prev.rawEnd,
        end: line.rawStart,
      });
      prev.c = { chars: prev.c.chars.concat(line.c.chars), raw: prev.c.raw.concat(line.c.raw) };
      prev.text = prev.c.chars.join('');
      prev.rawEnd = line.rawEnd;
    } else {
      lines.push(line);
    }
  }
  notes.push(...chromeNotes(fileName, chromeSet));

  const chars: string[] = [];
  const toRaw: number[] = [];
  const out: CleanLine[] = [];
  for (const l of lines) {
    const cleanStart = chars.length;
    for (let i = 0; i < l.c.chars.length; i++) {
      chars.push(l.c.chars[i] as string);
      toRaw.push(l.c.raw[i] as number);
    }
    const { c: _c, text: _t, blankBefore: _b, repaired: _r, lineStart: _s, lineEnd: _e, ...rest } = l;
    out.push({ ...rest, cleanStart, cleanEnd: chars.length });
    chars.push('\n');
    toRaw.push(Math.min(l.rawEnd, raw.length));
  }
  toRaw.push(raw.length);
  const text = chars.join('');

  // A candidate only: the structure decides (an annex list need not end in 。).
  let truncated: Normalized['truncated'] = null;
  const last = out[out.length - 1];
  if (last) {
    const lastText = text.slice(last.cleanStart, last.cleanEnd);
    const cutMidSentence = endsMidSentence(
      out.map((l) => ({ text: text.slice(l.cleanStart, l.cleanEnd), tabular: l.tabular, listItem: l.listItem })),
    );
    const previewNotice = residue.some((r) => /预览已结束/.test(r.text));
    if (cutMidSentence || previewNotice) {
      truncated = {
        line: last.line,
        start: last.rawStart,
        end: last.rawEnd,
        lastText: lastText.slice(-20),
        cutMidSentence,
        previewNotice,
      };
    }
  }
  return {
    clean: { raw, text, toRaw: Int32Array.from(toRaw) },
    lines: out,
    notes,
    residue,
    chrome: chromeSet,
    truncated,
  };
}

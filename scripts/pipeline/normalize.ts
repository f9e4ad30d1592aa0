// Raw text to clean text for matching, keeping a map from every clean offset back to its raw offset. Lines are
// cleaned in normalize-line.ts; here they are joined across page breaks, residue is set aside, truncation noted.
import { parseHeading } from './parse-heading.ts';
import { lineChars, removeStraySpaces, repairResidue, stripMarkdown, trim, type Chars } from './normalize-line.ts';
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
  /** Line held tab-separated cells. */
  tabular: boolean;
}

export interface Normalized {
  clean: CleanText;
  lines: CleanLine[];
  notes: Note[];
  /** Raw lines recognised as extraction residue and left out of the clean text. */
  residue: { start: number; end: number; line: number; text: string }[];
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

/** A paragraph ending in one of these is finished; otherwise it may have been cut by a page break. */
const TERMINAL = /[。！？!?;:；：…”’」』】》)）]$/;

/** Prose has sentence punctuation; cover lines, names and titles have none. */
const PROSE = /[,，。、;；]/;

/** Lines that a web page or PDF viewer added: not part of the document. */
const RESIDUE_LINE = [/预览已结束/, /完整报告链接/, /扫码|二维码/, /^https?:\/\/\S+$/, /^(www\.)\S+$/];

/** A line that opens a section or an annex never continues a paragraph cut by a page break. */
function opensSection(text: string): boolean {
  return parseHeading(text) !== null || /^附[件表]/.test(text);
}

interface Pending extends CleanLine {
  c: Chars;
}

function isPureHeading(text: string): boolean {
  return opensSection(text) && !text.includes('。');
}

/** Whether paragraph `a` was cut by a page break and `b` continues it. */
function continues(a: Pending, b: Pending): boolean {
  const at = a.c.chars.join('');
  const bt = b.c.chars.join('');
  if (a.tabular || b.tabular || a.markdownLevel > 0 || b.markdownLevel > 0 || b.listItem) return false;
  if (!PROSE.test(at) || TERMINAL.test(at) || isPureHeading(at)) return false;
  return !opensSection(bt);
}

export function normalizeText(fileName: string, raw: string): Normalized {
  const notes: Note[] = [];
  const residue: Normalized['residue'] = [];
  const lines: Pending[] = [];
  let lineNo = 0;
  let pos = 0;
  let blankRun = 0;
  while (pos <= raw.length) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 ? raw.length : nl;
    lineNo++;
    const chars = trim(lineChars(raw, pos, end));
    const lineStart = pos;
    pos = end + 1;
    if (chars.chars.length === 0) {
      blankRun++;
      if (nl === -1) break;
      continue;
    }
    const md = stripMarkdown(chars);
    const fixed = repairResidue(md.c);
    for (const at of fixed.repaired) {
      notes.push({
        severity: 'info',
        code: 'extraction-residue',
        where: `${fileName}:${lineNo}`,
        message: "stray English ' and ' between Chinese characters read as 和",
        start: at - 1,
        end: at + 4,
      });
    }
    const c = removeStraySpaces(fixed.c);
    const text = c.chars.join('');
    if (RESIDUE_LINE.some((re) => re.test(text))) {
      residue.push({ start: lineStart, end, line: lineNo, text: raw.slice(lineStart, end).trim() });
      notes.push({
        severity: 'warning',
        code: 'extraction-residue',
        where: `${fileName}:${lineNo}`,
        message: `line is not part of the document (viewer or web residue): ${text.slice(0, 40)}`,
        start: lineStart,
        end,
      });
      blankRun = 0;
      if (nl === -1) break;
      continue;
    }
    if (c.chars.length === 0) {
      if (nl === -1) break;
      continue;
    }
    const line: Pending = {
      c,
      cleanStart: 0,
      cleanEnd: 0,
      rawStart: c.raw[0] as number,
      rawEnd: (c.raw[c.raw.length - 1] as number) + 1,
      line: lineNo,
      markdownLevel: md.markdownLevel,
      listItem: md.listItem,
      tabular: text.includes('\t'),
    };
    const prev = lines[lines.length - 1];
    if (prev && blankRun > 0 && continues(prev, line)) {
      notes.push({
        severity: 'info',
        code: 'page-break-join',
        where: `${fileName}:${lineNo}`,
        message: `paragraph split by a page break rejoined (…${prev.c.chars.slice(-4).join('')} | ${text.slice(0, 4)}…)`,
        start: prev.rawEnd,
        end: line.rawStart,
      });
      prev.c = { chars: prev.c.chars.concat(c.chars), raw: prev.c.raw.concat(c.raw) };
      prev.rawEnd = line.rawEnd;
    } else {
      lines.push(line);
    }
    blankRun = 0;
    if (nl === -1) break;
  }

  // Residue only counts when nothing but residue follows it; residue inside the text is kept as text.
  const lastKept = lines[lines.length - 1];
  const trailing = residue.filter((r) => !lastKept || r.start >= lastKept.rawEnd);
  if (trailing.length !== residue.length) {
    throw new Error(
      `${fileName}: residue-like lines inside the document body: ${residue
        .filter((r) => !trailing.includes(r))
        .map((r) => r.line)
        .join(', ')}`,
    );
  }

  const chars: string[] = [];
  const toRaw: number[] = [];
  const out: CleanLine[] = [];
  for (const l of lines) {
    const cleanStart = chars.length;
    for (let i = 0; i < l.c.chars.length; i++) {
      chars.push(l.c.chars[i] as string);
      toRaw.push(l.c.raw[i] as number);
    }
    const { c: _c, ...rest } = l;
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
    const sentenceLike = PROSE.test(lastText) || (lastText.match(/[\u4e00-\u9fff]/g) ?? []).length >= 15;
    const cutMidSentence = sentenceLike && !TERMINAL.test(lastText) && !last.tabular && !last.listItem;
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
  return { clean: { raw, text, toRaw: Int32Array.from(toRaw) }, lines: out, notes, residue, truncated };
}

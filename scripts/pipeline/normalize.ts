// Raw text to clean text for matching, keeping a map from every clean offset back to its raw offset.
import { foldWidthChar } from '../../src/lib/text/index.ts';
import { parseHeading } from './parse-heading.ts';
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

interface Chars {
  chars: string[];
  raw: number[];
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
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

/** The toolkit's width folding, and every other space but tab and newline to ' '. */
function fold(ch: string): string {
  const f = foldWidthChar(ch);
  return f !== '\t' && f !== '\n' && SPACE.test(f) ? ' ' : f;
}

function lineChars(raw: string, start: number, end: number): Chars {
  const out: Chars = { chars: [], raw: [] };
  for (let i = start; i < end; i++) {
    const ch = raw[i] as string;
    if (ch === '\r' || ch === '\ufeff') continue;
    out.chars.push(fold(ch));
    out.raw.push(i);
  }
  return out;
}

function trim(c: Chars): Chars {
  let a = 0;
  let b = c.chars.length;
  while (a < b && c.chars[a] === ' ') a++;
  while (b > a && c.chars[b - 1] === ' ') b--;
  return { chars: c.chars.slice(a, b), raw: c.raw.slice(a, b) };
}

function dropPrefix(c: Chars, n: number): Chars {
  return trim({ chars: c.chars.slice(n), raw: c.raw.slice(n) });
}

/** Remove Markdown heading and bullet marks and `**` emphasis; report what was there. */
function stripMarkdown(c: Chars): { c: Chars; markdownLevel: number; listItem: boolean } {
  let s = c.chars.join('');
  let markdownLevel = 0;
  let listItem = false;
  const h = /^(#{1,6}) +/.exec(s);
  if (h?.[1]) {
    markdownLevel = h[1].length;
    c = dropPrefix(c, h[0].length);
    s = c.chars.join('');
  }
  const b = /^[-*+] +(?=\S)/.exec(s);
  if (b && !s.startsWith('**')) {
    listItem = true;
    c = dropPrefix(c, b[0].length);
  }
  const keep: Chars = { chars: [], raw: [] };
  for (let i = 0; i < c.chars.length; i++) {
    if (c.chars[i] === '*' && c.chars[i + 1] === '*') {
      i++;
      continue;
    }
    keep.chars.push(c.chars[i] as string);
    keep.raw.push(c.raw[i] as number);
  }
  return { c: trim(keep), markdownLevel, listItem };
}

/** ` and ` between Chinese characters is PDF-extraction residue for 和. */
function repairResidue(c: Chars): { c: Chars; repaired: number[] } {
  const out: Chars = { chars: [], raw: [] };
  const repaired: number[] = [];
  const s = c.chars.join('');
  for (let i = 0; i < c.chars.length; i++) {
    if (s.startsWith(' and ', i) && HAN.test(s[i - 1] ?? '') && HAN.test(s[i + 5] ?? '')) {
      out.chars.push('和');
      out.raw.push(c.raw[i + 1] as number);
      repaired.push(c.raw[i + 1] as number);
      i += 4;
      continue;
    }
    out.chars.push(c.chars[i] as string);
    out.raw.push(c.raw[i] as number);
  }
  return { c: out, repaired };
}

/** Drop spaces that a PDF put inside Chinese prose (`医疗卫 生`) or between a number and its unit. */
function removeStraySpaces(c: Chars): Chars {
  // Lists (names and posts, 、-separated titles) keep their spacing: only sentences with , 。 ; are prose here.
  const prose = /[,，。;；]/.test(c.chars.join(''));
  const out: Chars = { chars: [], raw: [] };
  for (let i = 0; i < c.chars.length; i++) {
    if (c.chars[i] !== ' ') {
      out.chars.push(c.chars[i] as string);
      out.raw.push(c.raw[i] as number);
      continue;
    }
    let j = i;
    while (c.chars[j + 1] === ' ') j++;
    const before = c.chars[i - 1] ?? '';
    const after = c.chars[j + 1] ?? '';
    const numberUnit =
      (DIGIT.test(before) && (HAN.test(after) || after === '%')) ||
      (HAN.test(before) && DIGIT.test(after)) ||
      (before === '%' && HAN.test(after));
    // One stray space inside a sentence is a PDF artefact; a run of spaces is layout and stays.
    const insideProse =
      prose && j === i && !LATIN.test(before) && !LATIN.test(after) && !(DIGIT.test(before) && DIGIT.test(after));
    if (numberUnit || insideProse) {
      i = j;
      continue;
    }
    for (let k = i; k <= j; k++) {
      out.chars.push(' ');
      out.raw.push(c.raw[k] as number);
    }
    i = j;
  }
  return out;
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

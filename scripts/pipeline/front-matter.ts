// The cover notice and front matter: title, document number, issuer, date, recipients, citations.
import { chineseOrdinal, digitByDigit } from '../../src/lib/text/index.ts';
import { findTitle } from './front-matter-title.ts';
import { parseHeading, STYLE_RANK } from './parse-heading.ts';
import type { CleanLine } from './normalize.ts';
import type { CleanText, FrontMatter, ManifestEntry } from './types.ts';

/** Front matter before attachments and completeness are known (those come from the structure). */
export type CoverFacts = Omit<FrontMatter, 'attachments' | 'complete' | 'completenessNote' | 'pageFacts'> & {
  /** Index in `lines` of the first line of the plan body (its title line, if any). */
  bodyLine: number;
  /** Index of the plan title line, or -1. */
  titleLine: number;
};

/** `固医改发〔2020〕1号`, `玉政办发〔2017〕55号`, `皖医改〔2023〕3号`. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,4}\s*号/g;
const DATE_LINE =
  /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4}) *年 *([0-9]{1,2}|[一二三四五六七八九十]{1,3}) *月 *([0-9]{1,2}|[一二三四五六七八九十]{1,3}) *日$/;
/** The sentence that sends a plan out: 现将《X》印发给你们 / 《X》已经…同意，现印发给你们 / 现将印发《X》. */
const SENDS = /《([^》]{4,80})》[^。\n]{0,30}印发|印发《([^》]{4,80})》/;

/** `X关于印发…`: X names the issuer when it holds no sentence punctuation, quotes or title marks. */
const ISSUER_BEFORE_SENDING = /^([^,，。;；:：《》“”"]{2,40}?)\s*关于(?:印发|转发)/;
/** `X关于Y的通知/意见/决定…` as a document's own title, X ending like a public body. */
const ISSUER_IN_TITLE =
  /^([^,，。;；:：《》“”"]{2,40}?(?:人民政府|办公室|办公厅|委员会|领导小组|局|厅|委|办|院|中心))\s*关于[^《》]+的(?:通知|意见|实施意见|决定|通告|批复|函)$/;

/** A signature line: a body's name, no sentence punctuation, not itself a date. */
function signatureOf(line: string): string | null {
  return !/[,。;:《]/.test(line) && line.length <= 40 && line.length >= 2 && !DATE_LINE.test(line)
    ? squash(line)
    : null;
}

/** The signature at the end of a text (a name line, then a date line, perhaps `（此件公开发布）` after it). */
function closingSignature(texts: readonly string[]): { issuer: string | null; date: string } | null {
  let k = texts.length - 1;
  while (k > 0 && /^\(此件[^)]*\)$/.test(texts[k] ?? '')) k--;
  const date = parseIsoDate(texts[k] ?? '');
  if (!date) return null;
  return { issuer: k > 0 ? signatureOf(texts[k - 1] ?? '') : null, date };
}

function lineText(clean: CleanText, l: CleanLine): string {
  return clean.text.slice(l.cleanStart, l.cleanEnd);
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/** The raw characters behind a clean span, with removed marks skipped but full-width forms kept. */
export function writtenForm(clean: CleanText, cleanStart: number, cleanEnd: number): string {
  let s = '';
  for (let i = cleanStart; i < cleanEnd; i++) {
    const ch = clean.text[i];
    const r = clean.raw[clean.toRaw[i] ?? 0] ?? '';
    // residue repairs (` and ` read as 和) keep the clean character
    s += ch === '和' && r !== '和' ? ch : r;
  }
  return s;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** `2020年12月14日` or `二〇二〇年十二月十四日` to `2020-12-14`; null if not a valid date. */
export function parseIsoDate(text: string): string | null {
  const m = DATE_LINE.exec(squash(text));
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const y = digitByDigit(m[1]);
  const mo = /^\d+$/.test(m[2]) ? Number(m[2]) : chineseOrdinal(m[2]);
  const d = /^\d+$/.test(m[3]) ? Number(m[3]) : chineseOrdinal(m[3]);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo))) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function extractCover(clean: CleanText, lines: CleanLine[], manifest?: ManifestEntry): CoverFacts {
  const texts = lines.map((l) => lineText(clean, l));
  // The notice ends where the plan it sends begins: find the sent title, then the line that repeats it.
  let titleLine = -1;
  let titleLines = 1;
  let sendsLine = -1;
  for (let i = 0; i < Math.min(texts.length, 40) && titleLine === -1; i++) {
    const m = SENDS.exec(texts[i] ?? '');
    const sent = m ? squash(m[1] ?? m[2] ?? '') : '';
    if (!sent) continue;
    sendsLine = i;
    for (let j = i + 1; j < Math.min(texts.length, i + 12); j++) {
      if (squash(texts[j] ?? '') === sent || squash(`${texts[j] ?? ''}${texts[j + 1] ?? ''}`) === sent) {
        titleLine = j;
        titleLines = squash(texts[j] ?? '') === sent ? 1 : 2;
        break;
      }
    }
  }
  const firstHeading = texts.findIndex((t) => (parseHeading(t)?.rank ?? 99) <= STYLE_RANK.subsection);
  if (titleLine === -1) {
    // No notice: a first line shaped like a title (ends in 方案/意见/要点/…, no sentence punctuation) is the title.
    const found = findTitle(texts, firstHeading === -1 ? 5 : Math.min(firstHeading, 5));
    if (found) {
      titleLine = found.line;
      titleLines = found.lines;
    }
  }
  const hasNotice = sendsLine !== -1 && titleLine > sendsLine;
  const coverEnd = hasNotice ? titleLine : titleLine === -1 ? 0 : titleLine;
  const bodyLine = titleLine === -1 ? 0 : titleLine;
  const cover = texts.slice(0, Math.max(coverEnd, Math.min(texts.length, firstHeading === -1 ? 8 : firstHeading)));

  let docNumber: string | null = null;
  let issueDate: string | null = null;
  let recipientsZh: string | null = null;
  let issuerZh: string | null = null;
  let dateLine = -1;
  for (const [i, t] of cover.entries()) {
    const n = squash(t);
    const num = new RegExp(DOC_NUMBER.source).exec(n);
    if (!docNumber && num && num[0].length === n.length)
      docNumber = writtenForm(clean, lines[i]!.cleanStart, lines[i]!.cleanEnd).replace(/\s+/g, '');
    if (!issueDate) {
      const iso = parseIsoDate(t);
      if (iso) {
        issueDate = iso;
        dateLine = i;
      }
    }
    if (!recipientsZh && /:$/.test(t) && !/^附件/.test(t) && /[,、]|^各/.test(t)) {
      recipientsZh = writtenForm(clean, lines[i]!.cleanStart, lines[i]!.cleanEnd - 1);
    }
  }
  // The issuer signs the notice on the line before its date, or names itself before 关于印发 in the notice title.
  if (dateLine > 0) issuerZh = signatureOf(cover[dateLine - 1] ?? '');
  // A document that is itself a notice or an opinion signs at its end.
  if (!issueDate) {
    const end = closingSignature(texts);
    if (end) {
      issueDate = end.date;
      issuerZh ??= end.issuer;
    }
  }
  if (!issuerZh) {
    for (const t of cover) {
      const m = ISSUER_BEFORE_SENDING.exec(t);
      if (m?.[1]) {
        issuerZh = squash(m[1]);
        break;
      }
    }
  }
  // `白鹭市人民政府关于推进健康白鹭行动的实施意见`: the body that names itself before 关于 in its own title.
  if (!issuerZh && titleLine !== -1) {
    const m = ISSUER_IN_TITLE.exec(texts.slice(titleLine, titleLine + titleLines).join(''));
    if (m?.[1]) issuerZh = squash(m[1]);
  }
  const titleText =
    titleLine === -1
      ? null
      : lines
          .slice(titleLine, titleLine + titleLines)
          .map((l) => writtenForm(clean, l.cleanStart, l.cleanEnd))
          .join('')
          .replace(/\s+/g, '');
  const titleZh = titleText ?? manifest?.title_zh ?? null;
  const issuer = issuerZh ?? manifest?.issuer_zh ?? null;

  const citations: FrontMatter['citations'] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = texts[i] ?? '';
    for (const m of t.matchAll(new RegExp(DOC_NUMBER.source, 'g'))) {
      const cs = l.cleanStart + m.index;
      const ce = cs + m[0].length;
      if (squash(m[0]) === docNumber) continue;
      const before = t.slice(0, m.index);
      const title = /《([^《》]+)》\s*\(?$/.exec(before);
      const titleStart = title ? l.cleanStart + title.index + 1 : -1;
      const start = clean.toRaw[cs] ?? 0;
      const end = (clean.toRaw[ce - 1] ?? 0) + 1;
      citations.push({
        docNumber: squash(writtenForm(clean, cs, ce)),
        titleZh: title?.[1] ? writtenForm(clean, titleStart, titleStart + title[1].length) : null,
        start,
        end,
      });
    }
  }

  const noticeLines = hasNotice ? lines.slice(0, titleLine) : [];
  return {
    titleZh,
    titleOrigin: titleText ? 'text' : manifest?.title_zh ? 'manifest' : 'none',
    docNumber,
    issuerZh: issuer,
    issuerOrigin: issuerZh ? 'text' : manifest?.issuer_zh ? 'manifest' : 'none',
    issueDate,
    recipientsZh,
    notice:
      noticeLines.length > 0
        ? { start: noticeLines[0]!.rawStart, end: noticeLines[noticeLines.length - 1]!.rawEnd }
        : null,
    bodyStart: lines[bodyLine]?.rawStart ?? 0,
    citations,
    bodyLine,
    titleLine,
  };
}

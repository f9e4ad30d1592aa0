// Segmentation pass: a trailing roster (names and posts, no 附件 heading) after the last body paragraph is an
// unlabelled annex (hangjin's committee list).
import { cleanEndOf, newSection, rawEndOf, type SegmentState } from './segment-state.ts';

/** A roster line: name and post, no sentence punctuation. */
const ROSTER_LINE = /^[^。,;]{2,60}$/;

export function detectUnlabelledAnnex(s: SegmentState): void {
  const { lines, texts, clean } = s;
  let k = lines.length;
  while (
    k > 0 &&
    !lines[k - 1]!.tabular &&
    ROSTER_LINE.test(texts[k - 1] ?? '') &&
    !s.headingLines.has(k - 1) &&
    !s.attachmentLines.has(k - 1)
  )
    k--;
  const count = lines.length - k;
  if (count < 3 || !/[:：]/.test(texts[k] ?? '')) return;
  const annex = newSection(s, {
    sectionId: 'a1',
    parentId: null,
    level: 1,
    kind: 'annex',
    label: '',
    headingZh: '',
    start: lines[k]!.rawStart,
    end: rawEndOf(s, lines.length - 1),
    headingStart: lines[k]!.rawStart,
    headingEnd: lines[k]!.rawStart,
    cleanStart: lines[k]!.cleanStart,
    cleanEnd: cleanEndOf(s, lines.length - 1),
  });
  // The enclosing sections now end where the annex begins.
  for (const other of s.sections) {
    if (other.end > annex.start && other.start < annex.start) {
      other.end = rawEndOf(s, k - 1);
      other.cleanEnd = cleanEndOf(s, k - 1);
    }
  }
  s.sections.push(annex);
  for (let i = k; i < lines.length; i++) s.lineSection[i] = 'a1';
  s.notes.push({
    severity: 'info',
    code: 'annex-without-heading',
    where: `${s.fileName}:${lines[k]!.line}`,
    message: `${count} roster lines after the last section read as an annex without a 附件 heading`,
  });
  if (s.attachments.length === 0 && /详见附件|见附件/.test(clean.text)) {
    s.attachments.push({
      labelZh: '附件',
      titleZh: '',
      present: true,
      start: lines[k]!.rawStart,
      end: lines[k]!.rawStart,
    });
  }
}

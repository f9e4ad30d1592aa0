// Segmentation pass: the attachment list (`附件：X`, `附件：1. X` with numbered items after it, `附件1 X.doc`).
import { writtenForm } from './front-matter.ts';
import type { SegmentState } from './segment-state.ts';

/** A line that lists attachments: `附件：X`, `附件：1. X`, `附件1 X.doc`. */
export const ATTACHMENT_LIST = /^附件 *[:：] *(.*)$/;
const ATTACHMENT_ITEM = /^(?:附件 *)?(\d{1,2})[.、]? *(\S.*)$/;

/** Find the first attachment list after the cover; fills `attachments` and `attachmentLines`. */
export function findAttachmentList(s: SegmentState, bodyLine: number): void {
  const { clean, lines, texts } = s;
  for (let i = bodyLine; i < lines.length; i++) {
    const m = ATTACHMENT_LIST.exec(texts[i] ?? '');
    if (!m) continue;
    s.attachmentLines.add(i);
    const items: { title: string; number: number; line: number; cs: number; ce: number }[] = [];
    const first = (m[1] ?? '').trim();
    const l = lines[i]!;
    if (first) {
      const item = ATTACHMENT_ITEM.exec(first);
      const cs = l.cleanEnd - first.length;
      items.push({
        title: (item?.[2] ?? first).trim(),
        number: item ? Number(item[1]) : 1,
        line: i,
        cs,
        ce: l.cleanEnd,
      });
    }
    for (let j = i + 1; j < lines.length; j++) {
      const item = ATTACHMENT_ITEM.exec(texts[j] ?? '');
      if (!item || lines[j]!.tabular || (items.length > 0 && Number(item[1]) !== items.length + 1)) break;
      if (items.length === 0 && Number(item[1]) !== 1) break;
      s.attachmentLines.add(j);
      items.push({
        title: (item[2] ?? '').trim(),
        number: Number(item[1]),
        line: j,
        cs: lines[j]!.cleanStart,
        ce: lines[j]!.cleanEnd,
      });
    }
    for (const it of items) {
      const titleStart = it.ce - it.title.length;
      const label =
        it.line === i && !/^\d/.test(first)
          ? '附件'
          : writtenForm(clean, it.cs, titleStart).trim() || `附件${it.number}`;
      s.attachments.push({
        labelZh: label.startsWith('附件') ? label : `附件${label.replace(/[.、\s]+$/, '')}`,
        titleZh: writtenForm(clean, titleStart, it.ce)
          .trim()
          .replace(/\.(docx?|pdf|xlsx?|wps)$/i, ''),
        present: false,
        start: clean.toRaw[it.cs] ?? 0,
        end: (clean.toRaw[it.ce - 1] ?? 0) + 1,
      });
    }
    break;
  }
}

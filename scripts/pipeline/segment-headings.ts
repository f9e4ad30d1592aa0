// Segmentation pass: the heading tree. Each numbered heading (一、/（一）/1./（1）) opens a section under the
// nearest shallower one; 附件 N lines open annexes; text before the first heading is the preamble.
import { writtenForm } from './front-matter.ts';
import { parseHeading, type HeadingMatch } from './parse-heading.ts';
import { ATTACHMENT_LIST } from './segment-attachments.ts';
import { cleanEndOf, lineSectionOf, newSection, rawEndOf, type SegmentState } from './segment-state.ts';
import type { Section } from './types.ts';

/** Build the sections from line `bodyLine` on; returns how many annexes have a heading. */
export function buildSectionTree(s: SegmentState, bodyLine: number): number {
  const { clean, lines, texts, sections, lineSection, attachments, attachmentLines } = s;
  // Labels are published as written: the raw text from the label's first to its last character.
  const rawLabel = (cs: number, ce: number) => clean.raw.slice(clean.toRaw[cs] ?? 0, (clean.toRaw[ce - 1] ?? 0) + 1);
  const stack: Section[] = [];
  const closeTo = (level: number, line: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) {
      const o = stack.pop()!;
      o.end = rawEndOf(s, line);
      o.cleanEnd = cleanEndOf(s, line);
    }
  };
  const childCount = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (childCount.get(base) ?? 0) + 1;
    childCount.set(base, n);
    if (n > 1)
      s.notes.push({
        severity: 'warning',
        code: 'duplicate-label',
        where: s.fileName,
        message: `section label repeated: ${base} (given suffix -${n})`,
      });
    return n === 1 ? base : `${base}-${n}`;
  };

  let annexCount = 0;
  const firstAnnexLine = lines.findIndex(
    (_, i) => i >= bodyLine && (attachmentLines.has(i) || parseHeading(texts[i] ?? '')?.kind === 'annex'),
  );
  const open = (
    i: number,
    h: HeadingMatch | null,
    label: string,
    headingZh: string,
    id: string,
    level: Section['level'],
    kind: Section['kind'],
  ) => {
    closeTo(level, i - 1);
    const parent = stack[stack.length - 1] ?? null;
    const l = lines[i]!;
    const headingEnd = h ? l.cleanStart + h.textEnd : l.cleanEnd;
    const section = newSection(s, {
      sectionId: id,
      parentId: parent?.sectionId ?? null,
      level,
      kind,
      label,
      headingZh,
      start: l.rawStart,
      end: l.rawEnd,
      headingStart: l.rawStart,
      headingEnd: (clean.toRaw[Math.max(headingEnd - 1, l.cleanStart)] ?? l.rawStart) + 1,
      cleanStart: l.cleanStart,
      cleanEnd: l.cleanEnd,
    });
    sections.push(section);
    stack.push(section);
    s.headingLines.add(i);
    return section;
  };

  for (let i = bodyLine; i < lines.length; i++) {
    const l = lines[i]!;
    const t = texts[i] ?? '';
    const inAnnexZone = firstAnnexLine !== -1 && i >= firstAnnexLine;
    if (
      attachmentLines.has(i) &&
      !(ATTACHMENT_LIST.test(t) && attachments.length === 1 && i + 1 < lines.length && !attachmentLines.has(i + 1))
    ) {
      closeTo(0, i - 1);
      let list = sections.find((x) => x.sectionId === 'attachments');
      if (!list) {
        list = lineSectionOf(s, i, {
          sectionId: 'attachments',
          parentId: null,
          level: 0,
          kind: 'attachments',
          label: '',
          headingZh: '附件目录',
        });
        sections.push(list);
      }
      list.end = l.rawEnd;
      list.cleanEnd = l.cleanEnd;
      lineSection[i] = 'attachments';
      continue;
    }
    const h = l.tabular || attachmentLines.has(i) ? null : parseHeading(t);
    if (h?.kind === 'annex') {
      annexCount++;
      // The annex title is the next line when the 附件 N line is only a label.
      const titleLines: number[] = [];
      for (let j = i + 1; j < lines.length && !parseHeading(texts[j] ?? '') && !lines[j]!.tabular; j++) {
        if (titleLines.length > 0 && !(lines[j]!.markdownLevel > 0 && lines[i + 1]!.markdownLevel > 0)) break;
        titleLines.push(j);
      }
      const title = titleLines.map((j) => writtenForm(clean, lines[j]!.cleanStart, lines[j]!.cleanEnd).trim()).join('');
      const section = open(i, h, rawLabel(l.cleanStart, l.cleanEnd), title, `a${h.number}`, 1, 'annex');
      lineSection[i] = section.sectionId;
      const att = attachments[h.number - 1];
      if (att) att.present = true;
      continue;
    }
    if (attachmentLines.has(i) && ATTACHMENT_LIST.test(t) && attachments.length === 1) {
      // A single attachment whose content follows its 附件：title line: the line opens the annex.
      const rest = lines.slice(i + 1).filter((_, k) => !attachmentLines.has(i + 1 + k));
      if (rest.length > 0 && !rest.some((_, k) => parseHeading(texts[i + 1 + k] ?? '')?.kind === 'annex')) {
        annexCount++;
        const section = open(i, null, '附件', attachments[0]!.titleZh, 'a1', 1, 'annex');
        section.headingEnd = l.rawEnd;
        attachments[0]!.present = true;
        lineSection[i] = section.sectionId;
        continue;
      }
    }
    // Numbered lines inside annexes are annex content, not sections of the plan.
    if (h && !inAnnexZone) {
      const parent = [...stack].reverse().find((o) => o.level < h.level);
      const base = h.level === 1 ? `s${h.number}` : `${parent?.sectionId ?? 's0'}.${h.number}`;
      const label = rawLabel(l.cleanStart, l.cleanStart + h.labelLength);
      const headingZh = writtenForm(clean, l.cleanStart + h.textStart, l.cleanStart + h.textEnd).replace(/\s+/g, '');
      const section = open(i, h, label, headingZh, uniqueId(base), h.level, h.kind);
      lineSection[i] = section.sectionId;
      continue;
    }
    if (stack.length === 0 && !attachmentLines.has(i)) {
      // Text before the first heading: the plan's title and preamble.
      let pre = sections.find((x) => x.sectionId === 'preamble');
      if (!pre) {
        pre = lineSectionOf(s, i, {
          sectionId: 'preamble',
          parentId: null,
          level: 0,
          kind: 'preamble',
          label: '',
          headingZh: '前言',
        });
        sections.push(pre);
      }
      pre.end = l.rawEnd;
      pre.cleanEnd = l.cleanEnd;
      lineSection[i] = 'preamble';
      continue;
    }
    lineSection[i] = stack[stack.length - 1]?.sectionId ?? 'preamble';
  }
  closeTo(0, lines.length - 1);
  return annexCount;
}

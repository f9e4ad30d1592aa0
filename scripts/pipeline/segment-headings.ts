// Segmentation pass: the heading tree. Each heading (第X章, 第X节, 第X条, 一、, （一）, 1., （1）, 1）, ①, or a Markdown
// heading without a label) opens a section under the nearest open heading of a wider style (parse-heading.ts), so a
// plan that starts at （一） or at 1. gets top-level sections too; 附件 N lines open annexes; text before the first
// heading is the preamble (a plan without any heading is all preamble, with a `no-outline` note).
import { writtenForm } from './front-matter.ts';
import { parseHeading, type HeadingMatch, type HeadingStyle } from './parse-heading.ts';
import { ATTACHMENT_LIST } from './segment-attachments.ts';
import { cleanEndOf, lineSectionOf, newSection, rawEndOf, type SegmentState } from './segment-state.ts';
import type { Section, SectionLevel } from './types.ts';

/** A section on the stack of open headings, with what decides nesting. */
interface Open {
  section: Section;
  /** STYLE_RANK of its label, or the rank given to an unlabelled Markdown heading. */
  rank: number;
  /** Markdown heading depth of its line (0 when none). */
  markdownLevel: number;
}

const KIND_OF_LEVEL: Section['kind'][] = ['preamble', 'part', 'subsection', 'item'];
const MAX_LEVEL = 8;

/** The four labels of most plans name their kind; 章/节/条 and unlabelled headings take it from their depth. */
const KIND_OF_STYLE: Partial<Record<HeadingStyle, Section['kind']>> = {
  part: 'part',
  subsection: 'subsection',
  item: 'item',
  subitem: 'subitem',
  'paren-item': 'subitem',
  circled: 'subitem',
};

/** Kind of a heading: by its label (一、 part, （一） subsection, 1. item, （1）/1）/① subitem), else by depth. */
function kindOf(style: HeadingStyle | null, level: number): Section['kind'] {
  return (style && KIND_OF_STYLE[style]) || (KIND_OF_LEVEL[level] ?? 'subitem');
}

/**
 * Rank of a Markdown heading without a label: under the innermost open heading of a shallower Markdown depth (half a
 * step below its rank, so that labelled headings after it nest under it), else its depth (wider than every label).
 */
export function unlabelledRank(stack: readonly Open[], markdownLevel: number): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k]!;
    if (o.markdownLevel > 0 && o.markdownLevel < markdownLevel) return o.rank + 0.5;
  }
  return markdownLevel;
}

/** Build the sections from line `bodyLine` on; returns how many annexes have a heading. */
export function buildSectionTree(s: SegmentState, bodyLine: number, titleLine = -1): number {
  const { clean, lines, texts, sections, lineSection, attachments, attachmentLines } = s;
  // Labels are published as written: the raw text from the label's first to its last character.
  const rawLabel = (cs: number, ce: number) => clean.raw.slice(clean.toRaw[cs] ?? 0, (clean.toRaw[ce - 1] ?? 0) + 1);
  const stack: Open[] = [];
  const closeTo = (rank: number, line: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) {
      const o = stack.pop()!.section;
      o.end = rawEndOf(s, line);
      o.cleanEnd = cleanEndOf(s, line);
    }
  };
  const childCount = new Map<string, number>();
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    if (id !== base)
      s.notes.push({
        severity: 'warning',
        code: 'duplicate-label',
        where: s.fileName,
        message: `section label repeated: ${base} (given suffix ${id.slice(base.length)})`,
      });
    usedIds.add(id);
    return id;
  };

  let annexCount = 0;
  const isTableLine = (i: number) => lines[i]!.tabular || s.tableLines.has(i);
  const headingOf = (i: number) => (isTableLine(i) ? null : parseHeading(texts[i] ?? ''));
  const firstAnnexLine = lines.findIndex(
    (_, i) => i >= bodyLine && (attachmentLines.has(i) || headingOf(i)?.style === 'annex'),
  );
  /** Open a section at line i; `number` null for an unlabelled heading (numbered by its place among siblings). */
  const open = (
    i: number,
    h: HeadingMatch | null,
    label: string,
    headingZh: string,
    rank: number,
    number: number | null,
    annexId?: string,
  ) => {
    closeTo(rank, i - 1);
    const parent = stack[stack.length - 1]?.section ?? null;
    const level = (annexId ? 1 : Math.min((parent?.level ?? 0) + 1, MAX_LEVEL)) as SectionLevel;
    const siblings = (childCount.get(parent?.sectionId ?? '') ?? 0) + 1;
    childCount.set(parent?.sectionId ?? '', siblings);
    const n = number ?? siblings;
    const id = annexId ?? uniqueId(parent ? `${parent.sectionId}.${n}` : `s${n}`);
    const l = lines[i]!;
    const headingEnd = h ? l.cleanStart + h.textEnd : l.cleanEnd;
    const section = newSection(s, {
      sectionId: id,
      parentId: parent?.sectionId ?? null,
      level,
      kind: annexId ? 'annex' : kindOf(h?.style ?? null, level),
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
    stack.push({ section, rank, markdownLevel: l.markdownLevel });
    s.headingLines.add(i);
    lineSection[i] = section.sectionId;
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
    const h = attachmentLines.has(i) ? null : headingOf(i);
    if (h?.style === 'annex') {
      annexCount++;
      // The annex title is the next line when the 附件 N line is only a label.
      const titleLines: number[] = [];
      for (let j = i + 1; j < lines.length && !parseHeading(texts[j] ?? '') && !lines[j]!.tabular; j++) {
        if (titleLines.length > 0 && !(lines[j]!.markdownLevel > 0 && lines[i + 1]!.markdownLevel > 0)) break;
        titleLines.push(j);
      }
      const title = titleLines.map((j) => writtenForm(clean, lines[j]!.cleanStart, lines[j]!.cleanEnd).trim()).join('');
      open(i, h, rawLabel(l.cleanStart, l.cleanEnd), title, 0, null, `a${h.number}`);
      const att = attachments[h.number - 1];
      if (att) att.present = true;
      continue;
    }
    if (attachmentLines.has(i) && ATTACHMENT_LIST.test(t) && attachments.length === 1) {
      // A single attachment whose content follows its 附件：title line: the line opens the annex.
      const rest = lines.slice(i + 1).filter((_, k) => !attachmentLines.has(i + 1 + k));
      if (rest.length > 0 && !rest.some((_, k) => parseHeading(texts[i + 1 + k] ?? '')?.style === 'annex')) {
        annexCount++;
        const section = open(i, null, '附件', attachments[0]!.titleZh, 0, null, 'a1');
        section.headingEnd = l.rawEnd;
        attachments[0]!.present = true;
        continue;
      }
    }
    // Numbered lines inside annexes are annex content, not sections of the plan.
    if (h && !inAnnexZone) {
      const label = rawLabel(l.cleanStart, l.cleanStart + h.labelLength);
      const headingZh = writtenForm(clean, l.cleanStart + h.textStart, l.cleanStart + h.textEnd).replace(/\s+/g, '');
      open(i, h, label, headingZh, h.rank, h.number);
      continue;
    }
    // An unlabelled Markdown heading opens a section, unless it is the title (or, with no title found, the first line).
    const isTitle = i === titleLine || (titleLine === -1 && i === bodyLine);
    if (l.markdownLevel > 0 && !isTitle && !inAnnexZone && !isTableLine(i) && !/[。;；]$/.test(t)) {
      const headingZh = writtenForm(clean, l.cleanStart, l.cleanEnd).replace(/\s+/g, '');
      open(i, null, '', headingZh, unlabelledRank(stack, l.markdownLevel), null);
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
    lineSection[i] = stack[stack.length - 1]?.section.sectionId ?? 'preamble';
  }
  closeTo(-1, lines.length - 1);
  return annexCount;
}

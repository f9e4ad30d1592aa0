// Clean lines to the document's structure: the heading tree, paragraphs, tables and annexes.
import { parseHeading, type HeadingMatch } from './parse-heading.ts';
import { writtenForm } from './front-matter.ts';
import type { CleanLine } from './normalize.ts';
import type { Attachment, CleanText, Note, Paragraph, Section, Table, TableCell } from './types.ts';

export interface Structure {
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  attachments: Attachment[];
  notes: Note[];
}

interface Open {
  section: Section;
  lastLine: number;
}

/** A line that lists attachments: `附件：X`, `附件：1. X`, `附件1 X.doc`. */
const ATTACHMENT_LIST = /^附件 *[:：] *(.*)$/;
const ATTACHMENT_ITEM = /^(?:附件 *)?(\d{1,2})[.、]? *(\S.*)$/;
/** A roster line: name and post, no sentence punctuation. */
const ROSTER_LINE = /^[^。,;]{2,60}$/;

function cellsOf(clean: CleanText, l: CleanLine): TableCell[] {
  const cells: TableCell[] = [];
  let s = l.cleanStart;
  for (let i = l.cleanStart; i <= l.cleanEnd; i++) {
    if (i === l.cleanEnd || clean.text[i] === '\t') {
      let a = s;
      let b = i;
      while (a < b && clean.text[a] === ' ') a++;
      while (b > a && clean.text[b - 1] === ' ') b--;
      const start = clean.toRaw[a] ?? 0;
      cells.push({
        text: clean.text.slice(a, b),
        cleanStart: a,
        cleanEnd: b,
        start,
        end: b > a ? (clean.toRaw[b - 1] ?? start) + 1 : start,
      });
      s = i + 1;
    }
  }
  return cells;
}

export function segmentDocument(
  docId: string,
  fileName: string,
  clean: CleanText,
  lines: CleanLine[],
  cover: { bodyLine: number; titleLine: number; hasNotice: boolean },
): Structure {
  const notes: Note[] = [];
  const texts = lines.map((l) => clean.text.slice(l.cleanStart, l.cleanEnd));
  const sections: Section[] = [];
  const lineSection: string[] = new Array<string>(lines.length).fill('');
  const headingLines = new Set<number>();
  const attachments: Attachment[] = [];
  const rawEndOf = (i: number) => lines[i]?.rawEnd ?? clean.raw.length;
  const cleanEndOf = (i: number) => lines[i]?.cleanEnd ?? clean.text.length;

  const mk = (s: Omit<Section, 'docId'>): Section => ({ docId, ...s });
  // Labels are published as written: the raw text from the label's first to its last character.
  const rawLabel = (cs: number, ce: number) => clean.raw.slice(clean.toRaw[cs] ?? 0, (clean.toRaw[ce - 1] ?? 0) + 1);
  if (cover.hasNotice && cover.bodyLine > 0) {
    sections.push(
      mk({
        sectionId: 'cover',
        parentId: null,
        level: 0,
        kind: 'cover',
        label: '',
        headingZh: '印发通知',
        start: lines[0]!.rawStart,
        end: rawEndOf(cover.bodyLine - 1),
        headingStart: lines[0]!.rawStart,
        headingEnd: lines[0]!.rawStart,
        cleanStart: lines[0]!.cleanStart,
        cleanEnd: cleanEndOf(cover.bodyLine - 1),
      }),
    );
    for (let i = 0; i < cover.bodyLine; i++) lineSection[i] = 'cover';
  }

  // Attachment lists: the 附件： line and the numbered items that follow it.
  const attachmentLines = new Set<number>();
  for (let i = cover.bodyLine; i < lines.length; i++) {
    const m = ATTACHMENT_LIST.exec(texts[i] ?? '');
    if (!m) continue;
    attachmentLines.add(i);
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
      attachmentLines.add(j);
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
      attachments.push({
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

  const stack: Open[] = [];
  const closeTo = (level: number, line: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.section.level >= level) {
      const o = stack.pop()!;
      o.section.end = rawEndOf(line);
      o.section.cleanEnd = cleanEndOf(line);
    }
  };
  const childCount = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (childCount.get(base) ?? 0) + 1;
    childCount.set(base, n);
    if (n > 1)
      notes.push({
        severity: 'warning',
        code: 'duplicate-label',
        where: `${fileName}`,
        message: `section label repeated: ${base} (given suffix -${n})`,
      });
    return n === 1 ? base : `${base}-${n}`;
  };

  let annexCount = 0;
  const firstAnnexLine = lines.findIndex(
    (_, i) => i >= cover.bodyLine && (attachmentLines.has(i) || parseHeading(texts[i] ?? '')?.kind === 'annex'),
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
    const parent = stack[stack.length - 1]?.section ?? null;
    const l = lines[i]!;
    const headingEnd = h ? l.cleanStart + h.textEnd : l.cleanEnd;
    const s = mk({
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
    sections.push(s);
    stack.push({ section: s, lastLine: i });
    headingLines.add(i);
    return s;
  };

  for (let i = cover.bodyLine; i < lines.length; i++) {
    const l = lines[i]!;
    const t = texts[i] ?? '';
    const inAnnexZone = firstAnnexLine !== -1 && i >= firstAnnexLine;
    if (
      attachmentLines.has(i) &&
      !(ATTACHMENT_LIST.test(t) && attachments.length === 1 && i + 1 < lines.length && !attachmentLines.has(i + 1))
    ) {
      closeTo(0, i - 1);
      let list = sections.find((s) => s.sectionId === 'attachments');
      if (!list) {
        list = mk({
          sectionId: 'attachments',
          parentId: null,
          level: 0,
          kind: 'attachments',
          label: '',
          headingZh: '附件目录',
          start: l.rawStart,
          end: l.rawEnd,
          headingStart: l.rawStart,
          headingEnd: l.rawStart,
          cleanStart: l.cleanStart,
          cleanEnd: l.cleanEnd,
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
      const s = open(i, h, rawLabel(l.cleanStart, l.cleanEnd), title, `a${h.number}`, 1, 'annex');
      lineSection[i] = s.sectionId;
      const att = attachments[h.number - 1];
      if (att) att.present = true;
      continue;
    }
    if (attachmentLines.has(i) && ATTACHMENT_LIST.test(t) && attachments.length === 1) {
      // A single attachment whose content follows its 附件：title line: the line opens the annex.
      const rest = lines.slice(i + 1).filter((_, k) => !attachmentLines.has(i + 1 + k));
      if (rest.length > 0 && !rest.some((_, k) => parseHeading(texts[i + 1 + k] ?? '')?.kind === 'annex')) {
        annexCount++;
        const s = open(i, null, '附件', attachments[0]!.titleZh, 'a1', 1, 'annex');
        s.headingEnd = l.rawEnd;
        attachments[0]!.present = true;
        lineSection[i] = s.sectionId;
        continue;
      }
    }
    // Numbered lines inside annexes are annex content, not sections of the plan.
    if (h && !inAnnexZone) {
      const parent = [...stack].reverse().find((o) => o.section.level < h.level)?.section;
      const base = h.level === 1 ? `s${h.number}` : `${parent?.sectionId ?? 's0'}.${h.number}`;
      const label = rawLabel(l.cleanStart, l.cleanStart + h.labelLength);
      const headingZh = writtenForm(clean, l.cleanStart + h.textStart, l.cleanStart + h.textEnd).replace(/\s+/g, '');
      const s = open(i, h, label, headingZh, uniqueId(base), h.level, h.kind);
      lineSection[i] = s.sectionId;
      continue;
    }
    if (stack.length === 0 && !attachmentLines.has(i)) {
      // Text before the first heading: the plan's title and preamble.
      if (!sections.some((s) => s.sectionId === 'preamble')) {
        const s = mk({
          sectionId: 'preamble',
          parentId: null,
          level: 0,
          kind: 'preamble',
          label: '',
          headingZh: '前言',
          start: l.rawStart,
          end: l.rawEnd,
          headingStart: l.rawStart,
          headingEnd: l.rawStart,
          cleanStart: l.cleanStart,
          cleanEnd: l.cleanEnd,
        });
        sections.push(s);
      }
      const pre = sections.find((s) => s.sectionId === 'preamble')!;
      pre.end = l.rawEnd;
      pre.cleanEnd = l.cleanEnd;
      lineSection[i] = 'preamble';
      continue;
    }
    lineSection[i] = stack[stack.length - 1]?.section.sectionId ?? 'preamble';
  }
  closeTo(0, lines.length - 1);

  // A trailing roster (names and posts, no 附件 heading) after the last body paragraph is an unlabelled annex.
  if (annexCount === 0) detectUnlabelledAnnex();

  function detectUnlabelledAnnex() {
    let k = lines.length;
    while (
      k > 0 &&
      !lines[k - 1]!.tabular &&
      ROSTER_LINE.test(texts[k - 1] ?? '') &&
      !headingLines.has(k - 1) &&
      !attachmentLines.has(k - 1)
    )
      k--;
    const count = lines.length - k;
    if (count < 3 || !/[:：]/.test(texts[k] ?? '')) return;
    const s = mk({
      sectionId: 'a1',
      parentId: null,
      level: 1,
      kind: 'annex',
      label: '',
      headingZh: '',
      start: lines[k]!.rawStart,
      end: rawEndOf(lines.length - 1),
      headingStart: lines[k]!.rawStart,
      headingEnd: lines[k]!.rawStart,
      cleanStart: lines[k]!.cleanStart,
      cleanEnd: cleanEndOf(lines.length - 1),
    });
    // The enclosing sections now end where the annex begins.
    for (const other of sections) {
      if (other.end > s.start && other.start < s.start) {
        other.end = rawEndOf(k - 1);
        other.cleanEnd = cleanEndOf(k - 1);
      }
    }
    sections.push(s);
    for (let i = k; i < lines.length; i++) lineSection[i] = 'a1';
    notes.push({
      severity: 'info',
      code: 'annex-without-heading',
      where: `${fileName}:${lines[k]!.line}`,
      message: `${count} roster lines after the last section read as an annex without a 附件 heading`,
    });
    if (attachments.length === 0 && /详见附件|见附件/.test(clean.text)) {
      attachments.push({
        labelZh: '附件',
        titleZh: '',
        present: true,
        start: lines[k]!.rawStart,
        end: lines[k]!.rawStart,
      });
    }
  }

  for (const a of attachments.filter((x) => !x.present)) {
    notes.push({
      severity: 'warning',
      code: 'attachment-missing',
      where: `${fileName}`,
      message: `attachment referenced but not in the text: ${a.labelZh}`,
      start: a.start,
      end: a.end,
    });
  }

  // Paragraphs and tables.
  const paragraphs: Paragraph[] = lines.map((l, i) => ({
    index: i,
    kind: headingLines.has(i) ? 'heading' : l.tabular ? 'table-row' : l.listItem ? 'list-item' : 'body',
    sectionId: lineSection[i] || 'preamble',
    text: texts[i] ?? '',
    cleanStart: l.cleanStart,
    cleanEnd: l.cleanEnd,
    start: l.rawStart,
    end: l.rawEnd,
    line: l.line,
  }));
  const tables: Table[] = [];
  let current: Table | null = null;
  let lastTableLine = -2;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.tabular) continue;
    const cells = cellsOf(clean, l);
    const adjacent = lastTableLine === i - 1;
    const repeatsHeader =
      current && cells.map((c) => c.text).join('\t') === current.header.map((c) => c.text).join('\t');
    if (current && repeatsHeader && (adjacent || lineSection[i] === current.sectionId)) {
      notes.push({
        severity: 'info',
        code: 'table-header-repeated',
        where: `${fileName}:${l.line}`,
        message: 'table header repeated after a page break; merged into one table',
      });
    } else if (current && adjacent) {
      current.rows.push(cells);
    } else {
      current = {
        tableId: `${docId}-table${tables.length + 1}`,
        sectionId: lineSection[i] || 'preamble',
        header: cells,
        rows: [],
        start: l.rawStart,
        end: l.rawEnd,
      };
      tables.push(current);
    }
    current.end = l.rawEnd;
    lastTableLine = i;
  }
  return { sections, paragraphs, tables, attachments, notes };
}

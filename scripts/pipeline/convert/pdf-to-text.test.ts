// PDF layout to text on hand-placed text runs (the shapes pdf.js reports): reading order, cells, page furniture,
// paragraph joins, refusals. scripts/extract-formats.test.ts runs real Chromium-printed PDFs through pdf.js.
import { describe, expect, it } from 'vitest';
import type { PdfEngine, PdfPage, PdfTextRun } from './pdf-engine.ts';
import { isPageNumber, removeFurniture } from './pdf-furniture.ts';
import { lineText, pageLines } from './pdf-lines.ts';
import { joinLines, layoutOf } from './pdf-paragraphs.ts';
import { pdfToText } from './pdf-to-text.ts';

const BOX: [number, number, number, number] = [0, 0, 595, 842];
const LEFT = 80;
const EM = 16;
const PER_LINE = 28; // characters on a full line: right margin at 80 + 28 × 16 = 528

/** A run of text at (x, y); CJK characters one em wide, ASCII half. */
function run(text: string, x: number, y: number, size = EM, rotated = false): PdfTextRun {
  const width = Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1) * size, 0);
  return { text, x, y, width, size, rotated };
}

/** A paragraph set as a PDF sets it: first line indented 2 em, full lines of PER_LINE characters. */
function paragraph(text: string, y: number, indent = 2): { runs: PdfTextRun[]; y: number } {
  const runs: PdfTextRun[] = [];
  let rest = text;
  let first = true;
  while (rest) {
    const n = first ? PER_LINE - indent : PER_LINE;
    runs.push(run(rest.slice(0, n), LEFT + (first ? indent * EM : 0), y));
    rest = rest.slice(n);
    first = false;
    y -= 28;
  }
  return { runs, y };
}

function page(number: number, runs: PdfTextRun[]): PdfPage {
  return { number, box: BOX, runs };
}

function engineOf(pages: PdfPage[] | Error): PdfEngine {
  return { readPages: async () => (pages instanceof Error ? Promise.reject(pages) : pages) };
}

const LONG =
  '为推动优质医疗资源下沉，方便人民群众就近看病就医，根据上级有关文件精神，结合我县实际，现就推进紧密型县域医疗卫生共同体建设提出如下实施方案。';

describe('pageLines', () => {
  it('reads top to bottom, then left to right, whatever order the runs come in', () => {
    const p = page(1, [
      run('- 1 -', 290, 40, 10.5),
      run('二、任务', 112, 700),
      run('一、', 112, 750),
      run('目标', 144, 750),
    ]);
    expect(pageLines(p).lines.map(lineText)).toEqual(['一、目标', '二、任务', '- 1 -']);
  });

  it('splits runs a wide gap apart into tab-separated cells; Latin words keep one space', () => {
    const p = page(1, [
      run('1', 86, 700, 12),
      run('县域内就诊率', 122, 700, 12),
      run('≥90%', 219, 700, 12),
      run('per', 80, 600),
      run('cent', 110, 600),
    ]);
    expect(pageLines(p).lines.map(lineText)).toEqual(['1\t县域内就诊率\t≥90%', 'per cent']);
  });

  it('counts text drawn twice for bold once, joins spread-out characters, skips rotated runs', () => {
    const p = page(1, [
      run('总体目标', 112, 700),
      run('总体目标', 112.3, 700),
      ...Array.from('附件').map((c, i) => run(c, 80 + i * 64, 650)),
      run('内部资料', 200, 400, 40, true),
    ]);
    const r = pageLines(p);
    expect(r.lines.map(lineText)).toEqual(['总体目标', '附件']);
    expect(r.rotated).toBe(1);
  });

  it('folds the wrapped lines of a table cell back into its row', () => {
    const p = page(1, [
      run('3', 86, 700, 12),
      run('医保基金县域内', 122, 700, 12),
      run('不低于55%', 219, 700, 12),
      run('支出率', 122, 684, 12),
      run('4', 86, 660, 12),
      run('签约率', 122, 660, 12),
      run('70%', 219, 660, 12),
    ]);
    expect(pageLines(p).lines.map(lineText)).toEqual(['3\t医保基金县域内支出率\t不低于55%', '4\t签约率\t70%']);
  });
});

describe('removeFurniture', () => {
  const header = () => run('青溪县医共体建设实施方案', 230, 815, 10.5);
  const footer = (n: number) => run(`- ${n} -`, 290, 30, 10.5);

  it('drops a running header repeated on most pages and page numbers, keeping the same words in the body', () => {
    const pages = [1, 2, 3].map((n) => {
      const lines = pageLines(
        page(n, [header(), run(n === 1 ? '青溪县医共体建设实施方案' : `正文第${n}页。`, 200, 700), footer(n)]),
      ).lines;
      return { box: BOX, lines };
    });
    const r = removeFurniture(pages);
    expect(r.pages.map((p) => p.lines.map(lineText))).toEqual([
      ['青溪县医共体建设实施方案'],
      ['正文第2页。'],
      ['正文第3页。'],
    ]);
    expect([r.repeatedCount, r.pageNumbers, r.repeated]).toEqual([3, 3, ['青溪县医共体建设实施方案']]);
  });

  it('keeps a table header repeated at the top of pages (the segmenter merges it)', () => {
    const pages = [1, 2].map((n) => ({
      box: BOX,
      lines: pageLines(
        page(n, [
          run('序号', 86, 790, 12),
          run('指标名称', 122, 790, 12),
          run(`${n}`, 86, 760, 12),
          run('县域内就诊率', 122, 760, 12),
        ]),
      ).lines,
    }));
    expect(removeFurniture(pages).pages.map((p) => p.lines.map(lineText))).toEqual([
      ['序号\t指标名称', '1\t县域内就诊率'],
      ['序号\t指标名称', '2\t县域内就诊率'],
    ]);
  });

  it('drops a small header set apart at the top of a one-page document', () => {
    const lines = pageLines(page(1, [header(), ...paragraph(LONG, 700).runs])).lines;
    expect(removeFurniture([{ box: BOX, lines }]).pages[0]?.lines.map(lineText)[0]).toMatch(/^为推动/);
  });

  it.each([
    ['- 3 -', true],
    ['— 12 —', true],
    ['第3页', true],
    ['第 3 页 共 12 页', true],
    ['3/12', true],
    ['Page 3 of 12', true],
    ['— 三 —', true],
    ['3', true],
    ['2025年', false],
    ['三', false],
    ['1.组建医共体', false],
  ])('%s is a page number: %s', (text, yes) => {
    expect(isPageNumber(text)).toBe(yes);
  });
});

describe('joinLines', () => {
  const linesOf = (runs: PdfTextRun[], n = 1) => pageLines(page(n, runs)).lines;

  it('joins the lines of a paragraph; an indented line, a heading or a short line starts a new one', () => {
    const a = paragraph(LONG, 750);
    const h = run('一、总体目标', 112, a.y);
    const b = paragraph('到2025年，县域内就诊率达到90%以上。', a.y - 28);
    const lines = linesOf([...a.runs, h, ...b.runs]);
    const r = joinLines(lines, layoutOf(lines));
    expect(r.paragraphs).toEqual([LONG, '一、总体目标', '到2025年，县域内就诊率达到90%以上。']);
    expect(r.joins).toBe(a.runs.length - 1);
  });

  it('joins a paragraph across a page break, but not when the next page starts a new paragraph or heading', () => {
    const first = paragraph(LONG.slice(0, 2 * PER_LINE - 2), 100);
    const cont = run(LONG.slice(2 * PER_LINE - 2), LEFT, 750);
    const lines = [...linesOf(first.runs, 1), ...linesOf([cont, run('（一）组建医共体', 112, 722)], 2)];
    const r = joinLines(lines, layoutOf([...lines, ...linesOf(paragraph(LONG, 500).runs)]));
    expect(r.paragraphs).toEqual([LONG, '（一）组建医共体']);
    expect(r.pageJoins).toBe(1);
  });

  it('joins nothing on a page of short lines (a roster): no line reaches a right margin', () => {
    const roster = ['组长：张三', '副组长：李四', '成员：王五', '成员：赵六'];
    const lines = linesOf(roster.map((t, i) => run(t, LEFT, 700 - 28 * i)));
    expect(joinLines(lines, layoutOf(lines, BOX)).paragraphs).toEqual(roster);
  });

  it('joins a long centred title over two lines, and keeps table rows and signature lines apart', () => {
    const title1 = '青溪县人民政府办公室关于印发青溪县紧密型县域医疗';
    const title2 = '卫生共同体建设实施方案的通知';
    const runs = [
      run(title1, 304 - (title1.length * 18) / 2, 780, 18),
      run(title2, 304 - (title2.length * 18) / 2, 750, 18),
      ...paragraph(LONG, 700).runs,
      run('青溪县人民政府办公室', 368, 500),
      run('2024年3月18日', 400, 472),
      run('1', 86, 440, 12),
      run('县域内就诊率', 122, 440, 12),
      run('2', 86, 420, 12),
      run('县域内基层就诊率', 122, 420, 12),
    ];
    const lines = linesOf(runs);
    expect(joinLines(lines, layoutOf(lines)).paragraphs).toEqual([
      title1 + title2,
      LONG,
      '青溪县人民政府办公室',
      '2024年3月18日',
      '1\t县域内就诊率',
      '2\t县域内基层就诊率',
    ]);
  });
});

describe('pdfToText', () => {
  const body = (n: number) => [
    run('青溪县医共体建设实施方案', 230, 815, 10.5),
    ...paragraph(`第${n}页。${LONG}`, 700).runs,
    run(`- ${n} -`, 290, 30, 10.5),
  ];

  it('gives the text with furniture removed, radicals folded, and notes for each', async () => {
    const pages = [page(1, [run('⼀、总体⽬标', 112, 750), ...body(1)]), page(2, body(2))];
    const r = await pdfToText('plan.pdf', new Uint8Array(), engineOf(pages));
    expect(r.text).toBe(`一、总体目标\n第1页。${LONG}\n第2页。${LONG}\n`);
    expect(r.notes.map((n) => n.code)).toEqual([
      'pdf-header-removed',
      'pdf-page-number-removed',
      'pdf-lines-joined',
      'radicals-folded',
    ]);
  });

  it('writes a —— ligature (U+2E3A) as two dashes', async () => {
    const r = await pdfToText(
      't.pdf',
      new Uint8Array(),
      engineOf([page(1, [run('1', 86, 700, 12), run('⸺', 122, 700, 12)])]),
    );
    expect(r.text).toBe('1\t——\n');
  });

  it('refuses a scanned PDF (pages without text items)', async () => {
    await expect(pdfToText('scan.pdf', new Uint8Array(), engineOf([page(1, []), page(2, [])]))).rejects.toThrow(
      /^scan\.pdf: no text layer: a scanned PDF \(2 page\(s\) of images only\)/,
    );
  });

  it('warns about scanned pages among pages with text', async () => {
    const r = await pdfToText(
      'mixed.pdf',
      new Uint8Array(),
      engineOf([page(1, body(1)), page(2, []), page(3, body(3))]),
    );
    expect(r.notes[0]).toMatchObject({ severity: 'warning', code: 'pdf-pages-without-text' });
    expect(r.notes[0]?.message).toContain('page(s) 2 have no text layer');
  });

  it('refuses a password-protected and a damaged PDF', async () => {
    const locked = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    await expect(pdfToText('locked.pdf', new Uint8Array(), engineOf(locked))).rejects.toThrow(
      /^locked\.pdf: password-protected PDF/,
    );
    await expect(pdfToText('bad.pdf', new Uint8Array(), engineOf(new Error('Invalid PDF structure.')))).rejects.toThrow(
      /^bad\.pdf: damaged PDF, could not be read: Invalid PDF structure\.$/,
    );
  });
});

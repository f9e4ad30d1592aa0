// Word files to canonical text through mammoth: paragraphs in order, tables as tables, list numbering written out.
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { brokenDocx } from '../../test-support/bad-files.ts';
import { fixturePath } from '../../test-support/corpus.ts';
import { planLines, planToDocx } from '../../measure/plan-formats.ts';
import { docxEngineFromMammoth, docxToText } from './docx-to-text.ts';

const engine = docxEngineFromMammoth(mammoth);

async function docxOf(children: Paragraph[], numbering = false): Promise<Uint8Array> {
  const levels = [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.DECIMAL, text: '(%2)', alignment: AlignmentType.START },
  ];
  const doc = new Document({
    ...(numbering ? { numbering: { config: [{ reference: 'plan', levels }] } } : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('docxToText', () => {
  it.each(['formats-county-f.txt', 'foundation-county-a.txt', 'targets-year-columns.txt'])(
    '%s as .docx gives the plan text exactly (indentation kept, tables as tab-separated rows)',
    async (name) => {
      const plan = readFileSync(fixturePath(name), 'utf8');
      const r = await docxToText('plan.docx', await planToDocx(plan), engine);
      expect(r.text).toBe(`${planLines(plan).join('\n')}\n`);
      expect(r.format).toBe('docx');
    },
  );

  it('writes automatic list numbering out (1. and （1）) and says so', async () => {
    const bytes = await docxOf(
      [
        new Paragraph({ text: '一、重点任务' }),
        new Paragraph({ text: '组建医共体。', numbering: { reference: 'plan', level: 0 } }),
        new Paragraph({ text: '明确牵头医院。', numbering: { reference: 'plan', level: 1 } }),
        new Paragraph({ text: '完善支付方式。', numbering: { reference: 'plan', level: 0 } }),
      ],
      true,
    );
    const r = await docxToText('list.docx', bytes, engine);
    expect(r.text).toBe('一、重点任务\n1.组建医共体。\n（1）明确牵头医院。\n2.完善支付方式。\n');
    expect(r.notes.map((n) => n.code)).toContain('docx-list-numbering');
  });

  it('joins runs of one paragraph (bold, italics) and folds radical code points pasted from a PDF', async () => {
    // Typed as run options: a literal passed to TextRun(string | IRunOptions) makes `bold` look like String#bold.
    const bold: IRunOptions = { text: '90%', bold: true };
    const bytes = await docxOf([
      new Paragraph({
        children: [new TextRun('县域内就诊率达到'), new TextRun(bold), new TextRun('以上。')],
      }),
      new Paragraph({ text: '⼈⺠政府' }),
    ]);
    const r = await docxToText('runs.docx', bytes, engine);
    expect(r.text).toBe('县域内就诊率达到90%以上。\n人民政府\n');
    expect(r.notes.map((n) => n.code)).toContain('radicals-folded');
  });

  it('refuses a document without text and a damaged package, naming the file', async () => {
    await expect(docxToText('blank.docx', await docxOf([new Paragraph({ text: '' })]), engine)).rejects.toThrow(
      /^blank\.docx: the Word document holds no text$/,
    );
    await expect(docxToText('broken.docx', brokenDocx(), engine)).rejects.toThrow(/^broken\.docx: damaged \.docx/);
  });
});

import { describe, expect, it } from 'vitest';
import type { DocumentNoteRow } from '../../lib/schema/index.ts';
import { incompleteText, noteView } from './note-words.ts';

// Snippets shaped like the corpus defects (shared/corpus/README.md): guyuan's stray ' and ', henan's viewer notice,
// a page-break split, and henan's truncation.
const raw = '推进分级诊疗 and 医防融合。\n\n加\n\n快分级诊疗制度落地\n\n预览已结束，完整报告链接和二维码如下：\n';
const note = (over: Partial<DocumentNoteRow>): DocumentNoteRow => ({
  doc_id: 'x',
  note_id: 'n001',
  severity: 'info',
  code: 'extraction-residue',
  line: 1,
  message: 'pipeline message in English',
  start: null,
  end: null,
  ...over,
});
const at = (s: string) => raw.indexOf(s);

describe('noteView', () => {
  it('a slip inside a sentence is [sic], with its quote', () => {
    const v = noteView(note({ start: at(' and '), end: at(' and ') + 5 }), raw, 'en');
    expect(v.mark).toBe('sic');
    expect(v.quote).toBe(' and ');
    expect(v.text).toMatch(/^Stray text/);
  });
  it('a whole line of viewer residue is marked as not part of the plan', () => {
    const s = at('预览已结束');
    const v = noteView(note({ severity: 'warning', line: 9, start: s, end: raw.indexOf('\n', s) }), raw, 'zh');
    expect(v.mark).toBe('residue');
    expect(v.text).toMatch(/^不属于方案/);
  });
  it('a page-break join quotes a few characters either side', () => {
    const s = at('加\n\n快') + 1;
    const v = noteView(note({ code: 'page-break-join', line: 3, start: s, end: s + 2 }), raw, 'en');
    expect(v.text).toBe('A paragraph broken by a page break was joined again (…融合。 加 | 快分级诊疗制…).');
    expect(v.mark).toBeNull();
  });
  it('never shows the code or the English pipeline message, in either language', () => {
    for (const code of ['truncated', 'attachment-missing', 'table-header-repeated', 'something-new'])
      for (const lang of ['en', 'zh'] as const) {
        const v = noteView(note({ code }), raw, lang);
        expect(v.text).not.toContain(code);
        expect(v.text).not.toContain('pipeline message');
        if (lang === 'zh') expect(v.text).not.toMatch(/[A-Za-z]{3,}/);
      }
  });
});

describe('incompleteText', () => {
  it('names the line where the text stops and its last words, in the page language', () => {
    const text =
      '2.激发乡镇卫生院运行活力。严格落实公益一类财政保障政策；在当年医疗服务收入扣除成本和提取各项基\n\n预览已结束';
    const notes = [note({ code: 'truncated', severity: 'warning', line: 51, start: 0, end: text.indexOf('\n') })];
    expect(incompleteText(notes, text, 'zh')).toBe(
      '文本在第 51 行句子中途中断（…在当年医疗服务收入扣除成本和提取各项基）；截断之后的内容不作推测。',
    );
    expect(incompleteText(notes, text, 'en')).toMatch(/line 51 \(…在当年医疗服务收入扣除成本和提取各项基\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { codeRuns, quotedRuns, slotRuns } from './code-runs.ts';

describe('codeRuns', () => {
  it('sets identifiers apart in Chinese prose', () => {
    expect(codeRuns('稳定编号：<doc_id>-o-<nnn>，按首次出现的顺序编号')).toEqual([
      { text: '稳定编号：', code: false },
      { text: '<doc_id>-o-<nnn>', code: true },
      { text: '，按首次出现的顺序编号', code: false },
    ]);
    expect(
      codeRuns('问题类型：page-break-join 分页断句重接')
        .filter((r) => r.code)
        .map((r) => r.text),
    ).toEqual(['page-break-join']);
  });
  it('leaves text without identifiers whole, numbers included', () => {
    expect(codeRuns('百分比按 0–100 记')).toEqual([{ text: '百分比按 0–100 记', code: false }]);
  });
});

describe('quotedRuns', () => {
  it('sets a double-quoted column name apart, quotes included, in Chinese and English', () => {
    expect(quotedRuns('SQL 关键字，须写作 "end"')).toEqual([
      { text: 'SQL 关键字，须写作 ', code: false },
      { text: '"end"', code: true },
    ]);
    expect(quotedRuns('note the quoted "end": it is a keyword').map((r) => r.code)).toEqual([false, true, false]);
  });
  it('leaves quotation marks around prose, and text without quotes, alone', () => {
    expect(quotedRuns('他说"你好"')).toEqual([{ text: '他说"你好"', code: false }]);
    expect(quotedRuns('"two words"')).toEqual([{ text: '"two words"', code: false }]);
    expect(quotedRuns('')).toEqual([]);
  });
});

describe('slotRuns', () => {
  it('cuts a template at its slots', () => {
    expect(slotRuns('或按 {ctrl} + {enter}（Mac 上为 {cmd} + {enter}）')).toEqual([
      { text: '或按 ', slot: null },
      { text: '', slot: 'ctrl' },
      { text: ' + ', slot: null },
      { text: '', slot: 'enter' },
      { text: '（Mac 上为 ', slot: null },
      { text: '', slot: 'cmd' },
      { text: ' + ', slot: null },
      { text: '', slot: 'enter' },
      { text: '）', slot: null },
    ]);
  });
  it('returns a template without slots whole, and leaves braces that are not slots', () => {
    expect(slotRuns('no slots')).toEqual([{ text: 'no slots', slot: null }]);
    expect(slotRuns('{1} {}')).toEqual([{ text: '{1} {}', slot: null }]);
  });
});

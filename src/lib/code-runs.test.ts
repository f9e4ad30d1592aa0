import { describe, expect, it } from 'vitest';
import { codeRuns } from './code-runs.ts';

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

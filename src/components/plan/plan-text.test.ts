import { describe, expect, it } from 'vitest';
import type { SectionRow } from '../../lib/schema/index.ts';
import type { MarkStyle } from './render-text.ts';
import { planTextHtml } from './plan-text.ts';

// A hand-written plan with an annexed task table in the canonical layout (tab-separated cells), as guyuan's annex.
const raw = [
  '一、工作任务',
  '到2021年底，县域内就诊率达到90%以上。',
  '附件',
  '序号\t工作任务\t牵头部门\t完成时限',
  '1\t制定医共体章程\t市卫健委\t2021年3月底前',
  '',
  '序号\t工作任务\t牵头部门\t完成时限',
  '2\t建设信息平台\t市医保局\t2021年6月底前',
  '',
].join('\n');
const at = (s: string) => raw.indexOf(s);
const section = (id: string, heading: string, level: number): SectionRow => ({
  doc_id: 'x',
  section_id: id,
  parent_id: null,
  level,
  kind: level === 1 ? 'part' : 'annex',
  ordinal: 1,
  label: '',
  heading_zh: heading,
  start: at(heading),
  end: raw.length,
  heading_start: at(heading),
  heading_end: at(heading) + heading.length,
});
const row = '1\t制定医共体章程\t市卫健委\t2021年3月底前';
const style = (id: string): MarkStyle => ({ id, className: 'hl', href: `#row-${id}`, marker: 'R1', label: 'row' });

describe('planTextHtml', () => {
  const { html, unplaced } = planTextHtml({
    raw,
    sections: [section('s1', '一、工作任务', 1), section('a1', '附件', 1)],
    spans: [
      { id: 'target', start: at('县域内就诊率'), end: at('以上') + 2, kind: 'targets' },
      { id: 'task', start: at(row), end: at(row) + row.length, kind: 'responsibilities' },
    ],
    styles: new Map([
      ['target', style('target')],
      ['task', style('task')],
    ]),
    lang: 'zh',
  });

  it('renders the run of tab-separated lines as one table, the header once and its repeat as a header row', () => {
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toMatch(/<thead><tr id="p-4"[^>]*><th scope="col">[^<]*序号/);
    expect(html).toMatch(/<tr id="p-7" class="para trow repeat-head"/);
    expect(html).toMatch(/<tr id="p-8"[^>]*><td>[^<]*2<\/td><td>建设信息平台<\/td>/);
  });
  it('keeps each row’s line anchor and ¶ link, and the text outside as paragraphs', () => {
    expect(html).toContain('<a class="pilcrow" href="#p-5"');
    expect(html).toMatch(/<p id="p-2" class="para"/);
  });
  it('cuts a highlight that spans a table row at each cell; the id on the first piece, the marker after the last', () => {
    const rowHtml = /<tr id="p-5".*?<\/tr>/.exec(html)![0];
    expect(rowHtml.match(/<mark/g)).toHaveLength(4);
    expect(rowHtml.match(/id="task"/g)).toHaveLength(1);
    expect(rowHtml.indexOf('href="#row-task"')).toBeGreaterThan(rowHtml.indexOf('2021年3月底前'));
    expect(unplaced).toEqual([]);
  });
});

// The heading tree on plans in the layouts beyond 一、/（一）/1./（1）: chapters, sections and articles, lists that start
// at （一） or 1., circled items, Markdown headings with and without labels, and no headings at all.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';
import { unlabelledRank } from './segment-headings.ts';

/** `id parent level kind [label] heading` of every numbered section, for compact expectations. */
const outline = (text: string) =>
  planFromText(text)
    .sections.filter((s) => s.level > 0)
    .map((s) => `${s.sectionId} ${s.parentId ?? '-'} ${s.level} ${s.kind} [${s.label}] ${s.headingZh}`);

describe('heading tree in other layouts', () => {
  it.each([
    [
      'chapters with sections, articles numbered through the chapters',
      '某县医共体管理办法\n\n第一章 总则\n\n第一条 为规范管理，制定本办法。\n\n第二条 本办法适用于全县。\n\n第二章 运行\n\n第三条 医共体实行总额付费。\n',
      [
        's1 - 1 part [第一章] 总则',
        's1.1 s1 2 subsection [第一条] 为规范管理，制定本办法',
        's1.2 s1 2 subsection [第二条] 本办法适用于全县',
        's2 - 1 part [第二章] 运行',
        's2.3 s2 2 subsection [第三条] 医共体实行总额付费',
      ],
    ],
    [
      'chapter, section, circled items',
      '某市规划\n\n第一章 主要指标\n\n第一节 服务能力\n\n①县域内就诊率达到90%；\n\n②基层就诊率达到65%。\n\n第二节 运行效率\n\n①平均住院日不高于8天。\n',
      [
        's1 - 1 part [第一章] 主要指标',
        's1.1 s1 2 subsection [第一节] 服务能力',
        's1.1.1 s1.1 3 subitem [①] 县域内就诊率达到90%；',
        's1.1.2 s1.1 3 subitem [②] 基层就诊率达到65%',
        's1.2 s1 2 subsection [第二节] 运行效率',
        's1.2.1 s1.2 3 subitem [①] 平均住院日不高于8天',
      ],
    ],
    [
      'a plan that starts at （一）',
      '某县方案\n\n（一）工作目标。到2025年，县域内就诊率达到90%。\n\n1.组建医共体。\n\n（二）保障措施。加强领导。\n',
      ['s1 - 1 subsection [（一）] 工作目标', 's1.1 s1 2 item [1.] 组建医共体', 's2 - 1 subsection [（二）] 保障措施'],
    ],
    [
      'a numbered list with （1） items and 1） items',
      '某县2024年重点工作计划\n\n1.深化改革\n\n（1）县域内就诊率保持在90%以上。\n\n1）每月通报一次。\n\n（2）基层就诊率约65%。\n\n2.提升能力\n',
      [
        's1 - 1 item [1.] 深化改革',
        's1.1 s1 2 subitem [（1）] 县域内就诊率保持在90%以上',
        's1.1.1 s1.1 3 subitem [1）] 每月通报一次',
        's1.2 s1 2 subitem [（2）] 基层就诊率约65%',
        's2 - 1 item [2.] 提升能力',
      ],
    ],
    [
      '一、 then 1. without （一） between them',
      '某县方案\n\n一、目标\n\n1.组建医共体。\n\n2.下沉专家。\n\n二、保障\n',
      [
        's1 - 1 part [一、] 目标',
        's1.1 s1 2 item [1.] 组建医共体',
        's1.2 s1 2 item [2.] 下沉专家',
        's2 - 1 part [二、] 保障',
      ],
    ],
    [
      'Markdown headings without labels, numbered by their place among siblings',
      '# 某区卫生健康规划\n\n## 发展基础\n\n全区现有医院9家。\n\n## 发展目标\n\n### 主要指标\n\n到2025年，县域内就诊率达到90%。\n\n### 远景目标\n\n## 保障措施\n',
      [
        's1 - 1 part [] 发展基础',
        's2 - 1 part [] 发展目标',
        's2.1 s2 2 subsection [] 主要指标',
        's2.2 s2 2 subsection [] 远景目标',
        's3 - 1 part [] 保障措施',
      ],
    ],
    [
      'an unlabelled Markdown heading under a labelled one holds the labels after it',
      '# 某县方案\n\n## 一、总体要求\n\n### 工作目标\n\n（一）县域内就诊率达到90%。\n\n### 基本原则\n\n## 二、重点任务\n',
      [
        's1 - 1 part [一、] 总体要求',
        's1.1 s1 2 subsection [] 工作目标',
        's1.1.1 s1.1 3 subsection [（一）] 县域内就诊率达到90%',
        's1.2 s1 2 subsection [] 基本原则',
        's2 - 1 part [二、] 重点任务',
      ],
    ],
    [
      'labelled Markdown headings nest by label whatever their depth',
      '# 某市方案\n\n## 一、目标\n\n#### （一）近期目标\n\n# 二、任务\n\n## （一）组建医共体\n',
      [
        's1 - 1 part [一、] 目标',
        's1.1 s1 2 subsection [（一）] 近期目标',
        's2 - 1 part [二、] 任务',
        's2.1 s2 2 subsection [（一）] 组建医共体',
      ],
    ],
  ])('%s', (_label, text, want) => {
    expect(outline(text)).toEqual(want);
  });

  it.each([
    [
      'a short notice',
      '某县卫生健康局关于组建医共体的通知\n\n各乡镇卫生院：\n\n全县组建2个医共体。\n\n某县卫生健康局\n\n2024年3月12日\n',
    ],
    ['paragraphs only', '这是一段没有标题的文字，只是一个普通段落。\n\n第二段也没有编号。\n'],
    ['一是…二是… inside paragraphs', '2023年工作要点\n\n推进医共体建设。一是扩大覆盖。二是强化能力。\n'],
  ])('%s: one body in the preamble, with a no-outline note', (_label, text) => {
    const doc = planFromText(text);
    expect(doc.sections.map((s) => s.sectionId)).toEqual(['preamble']);
    expect(doc.paragraphs.every((p) => p.sectionId === 'preamble')).toBe(true);
    expect(doc.notes.filter((n) => n.code === 'no-outline')).toHaveLength(1);
  });

  it('a plan with headings has no no-outline note', () => {
    expect(planFromText('某县方案\n\n一、目标\n\n推进建设。\n').notes.some((n) => n.code === 'no-outline')).toBe(false);
  });

  it('an unlabelled Markdown heading on the first line is the title even when it is not shaped like one', () => {
    const doc = planFromText('# 关于进一步加强基层卫生工作\n\n## 总体要求\n\n推进建设。\n');
    expect(doc.sections.map((s) => `${s.sectionId} ${s.headingZh}`)).toEqual(['preamble 前言', 's1 总体要求']);
  });

  it('a repeated label under one parent gets a suffix and a warning', () => {
    const doc = planFromText('某县方案\n\n第一章 总则\n\n第一条 甲。\n\n第一条 乙。\n');
    expect(doc.sections.map((s) => s.sectionId)).toContain('s1.1-2');
    expect(doc.notes.find((n) => n.code === 'duplicate-label')?.message).toContain('s1.1');
  });

  it.each([
    [[], 2, 2],
    [[{ rank: 40, markdownLevel: 2 }], 3, 40.5],
    [
      [
        { rank: 40, markdownLevel: 2 },
        { rank: 40.5, markdownLevel: 3 },
      ],
      4,
      41,
    ],
    [
      [
        { rank: 40, markdownLevel: 2 },
        { rank: 50, markdownLevel: 0 },
      ],
      3,
      40.5,
    ],
    [[{ rank: 2, markdownLevel: 2 }], 2, 2],
  ])('unlabelledRank(%j, depth %i) = %d', (stack, depth, rank) => {
    const open = stack.map((o) => ({ ...o, section: planFromText('某方案\n\n一、甲\n').sections[0]! }));
    expect(unlabelledRank(open, depth)).toBe(rank);
  });
});

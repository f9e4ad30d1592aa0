import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { formatTarget, targetsDot, type TargetMark } from './targets-dot.ts';

const base = {
  unit: 'percent',
  valueMax: null,
  measure: 'level' as const,
  frequency: '',
  where: 'text',
  other: null as TargetMark['other'],
};
// jieshou.txt: 县域就诊率达到86%以上 (2023) / 90% (2025); 医保基金市外占比减少到30%以内 vs the annex table's ≥30%.
// guyuan.txt: 人员支出占业务支出比例调控在35%-50%.
const marks: TargetMark[] = [
  {
    ...base,
    id: 'jieshou-t01',
    place: 'jieshou',
    placeLabel: '界首市',
    indicator: 'county_visit_rate',
    indicatorLabel: '县域内就诊率',
    group: 'orderly_care_seeking',
    comparator: 'ge',
    value: 86,
    year: 2023,
    href: '/plans/jieshou/#targets-jieshou-jieshou-t01',
  },
  {
    ...base,
    id: 'jieshou-t09',
    place: 'jieshou',
    placeLabel: '界首市',
    indicator: 'county_visit_rate',
    indicatorLabel: '县域内就诊率',
    group: 'orderly_care_seeking',
    comparator: 'ge',
    value: 90,
    year: 2025,
    href: '/plans/jieshou/#targets-jieshou-jieshou-t09',
  },
  {
    ...base,
    id: 'jieshou-t02',
    place: 'jieshou',
    placeLabel: '界首市',
    indicator: 'out_of_area_fund_share',
    indicatorLabel: '医保基金县(市)外支出占比',
    group: 'insurance_fund_efficiency',
    comparator: 'le',
    value: 30,
    year: 2023,
    href: '/plans/jieshou/#targets-jieshou-jieshou-t02',
    other: {
      comparator: 'ge',
      value: 30,
      valueMax: null,
      where: 'table',
      href: '/plans/jieshou/#target_mentions-jieshou-jieshou-m020',
    },
  },
  {
    ...base,
    id: 'guyuan-t06',
    place: 'guyuan',
    placeLabel: '固原市',
    indicator: 'personnel_spending_share',
    indicatorLabel: '人员支出占比',
    group: 'efficient_resource_use',
    comparator: 'range',
    value: 35,
    valueMax: 50,
    year: 2021,
    href: '/plans/guyuan/#targets-guyuan-guyuan-t06',
  },
  {
    ...base,
    id: 'hangjin-t05',
    place: 'hangjin',
    placeLabel: '杭锦旗',
    indicator: 'grade_2a_hospitals',
    indicatorLabel: '二甲医院',
    group: 'county_service_capacity',
    unit: 'count',
    comparator: 'eq',
    value: 2,
    year: null,
    href: '/plans/hangjin/#targets-hangjin-hangjin-t05',
  },
  // yulin.txt: 县外转诊率…控制在10%左右, and 每年下降5%/3%: a level and two changes of one indicator.
  {
    ...base,
    id: 'yulin-t15',
    place: 'yulin',
    placeLabel: '玉林市',
    indicator: 'outflow_rate',
    indicatorLabel: '县外转诊率',
    group: 'orderly_care_seeking',
    comparator: 'approx',
    value: 10,
    year: 2020,
    href: '/plans/yulin/#targets-yulin-yulin-t15',
  },
  {
    ...base,
    id: 'yulin-t13',
    place: 'yulin',
    placeLabel: '玉林市',
    indicator: 'outflow_rate',
    indicatorLabel: '县外转诊率',
    group: 'orderly_care_seeking',
    measure: 'change',
    frequency: 'per_year',
    comparator: 'decrease',
    value: 5,
    year: 2020,
    href: '/plans/yulin/#targets-yulin-yulin-t13',
  },
];
const options = {
  document: chartDocument(),
  benchmarks: { county_visit_rate: { value: 90, label: 'national goal 90%' } },
  unitLabel: (u: string) => (u === 'percent' ? '%' : u),
  yearLabel: (y: number | null) => (y === null ? 'no year' : String(y)),
  format: (t: { comparator: string; value: number; valueMax: number | null; unit: string; frequency: string }) =>
    `${formatTarget(t)}${t.frequency === 'per_year' ? ' per year' : ''}`,
  changeHeading: 'Changes, not levels',
};

describe('formatTarget', () => {
  it.each([
    [{ comparator: 'ge', value: 65, valueMax: null, unit: 'percent' }, '≥65%'],
    [{ comparator: 'le', value: 30, valueMax: null, unit: 'percent' }, '≤30%'],
    [{ comparator: 'approx', value: 65, valueMax: null, unit: 'percent' }, '≈65%'],
    [{ comparator: 'range', value: 35, valueMax: 50, unit: 'percent' }, '35–50%'],
    [{ comparator: 'decrease', value: 5, valueMax: null, unit: 'percent' }, '−5%'],
    [{ comparator: 'ge', value: 10, valueMax: null, unit: 'percentage_points' }, '≥10 pt'],
    [{ comparator: 'eq', value: 2, valueMax: null, unit: 'count' }, '2'],
    [{ comparator: 'le', value: 3, valueMax: null, unit: 'per_mille' }, '≤3‰'],
  ])('%o → %s', (t, expected) => {
    expect(formatTarget(t)).toBe(expected);
  });
});

describe('targetsDot', () => {
  const svg = targetsDot(marks, options)!;
  const blocks = [...svg.querySelectorAll(':scope > g.blk')];

  it('draws a section (heading, strips, axis) per indicator and a strip per place', () => {
    expect(blocks.filter((b) => b.getAttribute('class') === 'blk blk-section').map((b) => b.textContent)).toEqual([
      expect.stringContaining('县域内就诊率'),
      expect.stringContaining('医保基金'),
      expect.stringContaining('人员支出占比'),
      expect.stringContaining('二甲医院'),
      expect.stringContaining('县外转诊率'),
    ]);
    expect(blocks.filter((b) => b.getAttribute('class') === 'blk blk-row')).toHaveLength(6);
    expect(blocks.filter((b) => b.getAttribute('class') === 'blk blk-axis')).toHaveLength(6);
  });

  it('draws a change in its own panel, on its own axis around zero, never on the axis of levels', () => {
    const own = blocks.filter((b) => b.getAttribute('data-indicator') === 'outflow_rate');
    expect(own.map((b) => b.getAttribute('class'))).toEqual([
      'blk blk-section',
      'blk blk-row',
      'blk blk-axis',
      'blk blk-note',
      'blk blk-row',
      'blk blk-axis',
    ]);
    const [levelRow, levelAxis, note, changeRow, changeAxis] = own.slice(1);
    expect(levelRow!.textContent).toContain('≈10% · 2020');
    expect(levelRow!.textContent).not.toContain('−5%');
    expect(levelAxis!.textContent).toContain('100%');
    expect(note!.textContent).toBe('Changes, not levels');
    // The change reads as a change per year, drawn as an arrow (a line with a head), not a dot.
    expect(changeRow!.textContent).toContain('−5% per year · 2020');
    expect(changeRow!.querySelectorAll('circle[r="5"]')).toHaveLength(0);
    expect(changeRow!.querySelector('path')).not.toBeNull();
    expect(changeAxis!.textContent).toContain('0%');
    expect(changeAxis!.textContent).toContain('−5%');
    expect(changeAxis!.textContent).not.toContain('100%');
  });

  it('keeps a change’s label inside its strip on a phone: beside zero, beyond the tip, or in two lines', () => {
    // yulin.txt: 向下转诊人数年均增长10%, no year: too long for either side of a 284 px plot in one line.
    const growth: TargetMark = {
      ...base,
      id: 'yulin-t14',
      place: 'yulin',
      placeLabel: 'Yulin',
      indicator: 'downward_referral_growth',
      indicatorLabel: 'Growth of downward referrals',
      group: 'orderly_care_seeking',
      measure: 'change',
      frequency: 'per_year',
      comparator: 'increase',
      value: 10,
      year: null,
      href: '/plans/yulin/#targets-yulin-yulin-t14',
    };
    const phone = targetsDot([growth], { ...options, width: 380, labelWidth: 96 })!;
    const label = [...phone.querySelectorAll('g.blk-row a text')].find((t) => t.textContent.includes('+10%'))!;
    expect([...label.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['+10% per year', 'no year']);
    // Anchored at zero (the middle of the change axis), to its left: the arrow points right.
    expect(label.getAttribute('transform')).toMatch(/^translate\(139,/);
    expect(label.closest('g[text-anchor]')!.getAttribute('text-anchor')).toBe('end');
    // Wide, it fits in one line on the other side of zero.
    const wide = targetsDot([growth], options)!;
    expect(wide.querySelector('g.blk-row a text')!.textContent).toBe('+10% per year · no year');
  });

  it('gives every linked mark a tap target of 24 px', () => {
    const hits = [...svg.querySelectorAll('a[href$="yulin-t15"] circle')].map((c) => Number(c.getAttribute('r')));
    expect(Math.max(...hits)).toBeGreaterThanOrEqual(12);
  });

  it('links every target dot to its quote and labels it with comparator and year', () => {
    const hrefs = [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const m of marks) expect(hrefs).toContain(m.href);
    expect(svg.textContent).toContain('≥86% · 2023');
    expect(svg.textContent).toContain('35–50% · 2021');
    expect(svg.textContent).toContain('2 · no year');
  });

  it('draws a target stated two ways as two marks, each with its own label and link, and the national goal', () => {
    // The other statement: an open pink ring under the first, linked (its 26 px tap target) to the other mention.
    const ring = svg.querySelector('g[fill="none"][stroke="#c2408a"] circle')!;
    expect(ring).not.toBeNull();
    const other = svg.querySelector('a[href$="jieshou-m020"]')!;
    expect(other.querySelector('circle[r="13"]')).not.toBeNull();
    expect(svg.textContent).toContain('text ≤30% · 2023 ⚠');
    expect([...svg.querySelectorAll('a[href$="jieshou-m020"]')].map((a) => a.textContent)).toContain('table ≥30%');
    const section = blocks.find(
      (b) => b.getAttribute('data-indicator') === 'county_visit_rate' && b.getAttribute('class') === 'blk blk-section',
    )!;
    expect(section.textContent).toContain('national goal 90%');
    expect(svg.querySelectorAll('[stroke-dasharray="4,3"]').length).toBeGreaterThan(0);
  });

  it('tags blocks with place and group for the filters', () => {
    const row = blocks.find(
      (b) => b.getAttribute('data-place') === 'guyuan' && b.getAttribute('class') === 'blk blk-row',
    )!;
    expect(row.getAttribute('data-group')).toBe('efficient_resource_use');
  });

  it('passes the axe rules the frame relies on, and returns null for no data', () => {
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(targetsDot([], options)).toBeNull();
  });
});

// The other comparison charts on small real cases (each fixture names its source).
import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { matrixChart } from './matrix.ts';
import { periodMiddle, periodStart, timelineChart } from './timeline.ts';
import { agencyBars } from './agency-bars.ts';
import { allianceFans } from './alliance-fans.ts';
import { exportSvg, wrapText } from './export-svg.ts';

const places = [
  { id: 'guyuan', label: '固原市' },
  { id: 'jieshou', label: '界首市' },
];

describe('matrixChart', () => {
  // guyuan.txt 坚持政府主导 (1st), jieshou.txt 坚持政府主导 (3rd); jieshou 探索 a shared pharmacy.
  const svg = matrixChart(
    [
      {
        item: 'government_leadership',
        itemLabel: '政府主导',
        place: 'guyuan',
        style: 'solid',
        text: '1',
        title: 'guyuan',
        href: '/plans/guyuan/#principles-guyuan-guyuan-p01',
      },
      {
        item: 'government_leadership',
        itemLabel: '政府主导',
        place: 'jieshou',
        style: 'solid',
        text: '3',
        title: 'jieshou',
        href: '/plans/jieshou/#principles-jieshou-jieshou-p03',
      },
      {
        item: 'shared_pharmacy',
        itemLabel: '智慧共享中药房',
        place: 'jieshou',
        style: 'open',
        title: 'jieshou',
        href: '/plans/jieshou/#instruments-jieshou-x',
      },
    ],
    { document: chartDocument(), places },
  )!;

  it('draws a row per item with a mark per place that states it, solid or open', () => {
    const rows = [...svg.querySelectorAll('g.blk-row')];
    expect(rows.map((r) => r.getAttribute('data-place'))).toEqual(['guyuan jieshou', 'jieshou']);
    // The visible marks (r 8); each also sits on a 24 px tap target linked to the same quote.
    expect(svg.querySelectorAll('a[data-place="jieshou"] circle[r="8"]').length).toBe(2);
    expect(svg.querySelector('a[href$="instruments-jieshou-x"] circle[r="8"]')?.getAttribute('fill')).toBe('none');
    expect(svg.querySelectorAll('a[href$="instruments-jieshou-x"] circle[r="13"]').length).toBe(1);
    expect(svg.textContent).toContain('固原市');
  });
});

describe('timelineChart', () => {
  it('reads months and whole years as UTC periods', () => {
    expect(periodStart('2021-03').toISOString()).toBe('2021-03-01T00:00:00.000Z');
    expect(periodStart('2021-12', true).toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(periodStart('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(periodStart('2021', true).toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(periodMiddle('2021').toISOString()).toBe('2021-07-02T12:00:00.000Z');
  });

  // guyuan.txt: 实施阶段 2020年12月—2021年11月; task table 2021年3月底前; targets 到2021年.
  const marks = [
    {
      id: 'guyuan-ph02',
      place: 'guyuan',
      placeLabel: 'Guyuan',
      kind: 'phase' as const,
      from: '2020-12',
      to: '2021-11',
      title: 'phase',
      href: '/plans/guyuan/#phases-guyuan-guyuan-ph02',
    },
    {
      id: 'guyuan-m05',
      place: 'guyuan',
      placeLabel: 'Guyuan',
      kind: 'milestone' as const,
      from: '2021-03',
      to: '2021-03',
      title: 'deadline',
      href: '/plans/guyuan/#phases-guyuan-guyuan-m05',
    },
    {
      id: 'guyuan-t01',
      place: 'guyuan',
      placeLabel: 'Guyuan',
      kind: 'target' as const,
      from: '2021',
      to: '2021',
      title: '6 targets due in 2021',
      href: '/plans/guyuan/#targets-guyuan-guyuan-t01',
    },
  ];
  const svg = timelineChart(marks, {
    document: chartDocument(),
    kindLabels: { issued: 'issued', phase: 'phase', milestone: 'deadline', target: 'target year' },
  })!;

  it('draws phases as bars and dates as symbols, a strip per place, each linked', () => {
    expect(svg.querySelectorAll('g.blk-row')).toHaveLength(1);
    expect(svg.querySelector('a[href$="ph02"] rect')).not.toBeNull();
    expect(svg.querySelector('a[href$="m05"]')).not.toBeNull();
  });

  it('runs its axis from the first to the last year drawn, each label centred on its year', () => {
    const axes = [...svg.querySelectorAll('g.blk-axis')];
    const years = [...axes[0]!.querySelectorAll('text')].map((t) => t.textContent);
    expect(years).toEqual(['2020', '2021']);
  });

  it('draws a target year at the middle of its year, right under the year label', () => {
    const row = svg.querySelector('g.blk-row')!;
    const axis = svg.querySelector('g.blk-axis')!;
    const label = [...axis.querySelectorAll('text')].find((t) => t.textContent === '2021')!;
    const labelX = Number(
      /translate\(([\d.]+)/.exec(label.getAttribute('transform') ?? '')?.[1] ?? label.getAttribute('x'),
    );
    // The star's hit area is linked to the target's quote; its centre is the mark's x.
    const star = row.querySelector('a[href$="guyuan-t01"] circle')!;
    const starX = Number(
      star.getAttribute('cx') ?? /translate\(([\d.]+)/.exec(star.getAttribute('transform') ?? '')?.[1],
    );
    expect(Math.abs(starX - labelX)).toBeLessThan(1);
  });
});

describe('agencyBars', () => {
  it('gives each agency one segment per task, lead first', () => {
    // yulin.txt: （牵头单位：市卫生计生委；配合单位：市医改办…）
    const svg = agencyBars(
      [
        {
          id: 'a',
          place: 'yulin',
          placeLabel: '玉林市',
          agency: '市卫生计生委',
          role: 'partner',
          title: 't1',
          href: '/plans/yulin/#r-a',
        },
        {
          id: 'b',
          place: 'yulin',
          placeLabel: '玉林市',
          agency: '市卫生计生委',
          role: 'lead',
          title: 't2',
          href: '/plans/yulin/#r-b',
        },
        {
          id: 'c',
          place: 'yulin',
          placeLabel: '玉林市',
          agency: '市医改办',
          role: 'partner',
          title: 't3',
          href: '/plans/yulin/#r-c',
        },
      ],
      {
        document: chartDocument(),
        roleLabels: { lead: 'leads', partner: 'works with', responsible: 'responsible' },
        countLabel: 'tasks',
      },
    )!;
    const rows = [...svg.querySelectorAll('g.blk-row')];
    expect(rows.map((r) => r.querySelector('text')?.textContent)).toEqual(['市卫生计生委', '市医改办']);
    const first = [...rows[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(first).toEqual(['/plans/yulin/#r-b', '/plans/yulin/#r-a']);
  });
});

describe('allianceFans', () => {
  it('draws one fan per alliance from its lead to each member', () => {
    // yulin.txt: 市第一人民医院与容县、博白县、陆川县人民医院组建三二医联体.
    const edge = (i: number, member: string) => ({
      id: `yulin-a01-e0${i}`,
      alliance: 'yulin-a01',
      place: 'yulin',
      placeLabel: '玉林市',
      kindLabel: '三二医联体',
      lead: '市第一人民医院',
      member,
      title: member,
      href: `/plans/yulin/#alliances-yulin-yulin-a01-e0${i}`,
    });
    const svg = allianceFans([edge(1, '容县人民医院'), edge(2, '博白县人民医院'), edge(3, '陆川县人民医院')], {
      document: chartDocument(),
    })!;
    expect(svg.querySelectorAll('g.blk-row')).toHaveLength(1);
    expect(svg.textContent).toContain('市第一人民医院');
    expect(svg.textContent).toContain('陆川县人民医院');
    expect(allianceFans([], { document: chartDocument() })).toBeNull();
  });
});

describe('exportSvg', () => {
  it('wraps long text at the width, Chinese anywhere, English at spaces', () => {
    expect(wrapText('来源：固原市深化医药卫生体制改革工作领导小组', 100, 10)).toEqual([
      '来源：固原市深化医药',
      '卫生体制改革工作领导',
      '小组',
    ]);
    expect(wrapText('Targets by indicator, place and year', 80, 10).every((l) => !l.startsWith(' '))).toBe(true);
  });

  it('bakes title and source in and leaves filtered-out blocks out', () => {
    const doc = chartDocument();
    const chart = matrixChart(
      [
        { item: 'a', itemLabel: '政府主导', place: 'guyuan', style: 'solid', title: '', href: '/plans/guyuan/#x' },
        { item: 'b', itemLabel: '资源下沉', place: 'jieshou', style: 'solid', title: '', href: '/plans/jieshou/#y' },
      ],
      { document: doc, places },
    )!;
    chart.querySelectorAll('g.blk-row')[1]!.setAttribute('display', 'none');
    const out = exportSvg(doc, chart, {
      title: 'Principles',
      source: 'Source: 固原市深化医药卫生体制改革工作领导小组, 2020',
      notes: ['note'],
    });
    expect(out.textContent).toContain('Principles');
    expect(out.textContent).toContain('Source: 固原市');
    expect(out.textContent).toContain('政府主导');
    expect(out.textContent).not.toContain('资源下沉');
    expect(out.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(out.getAttribute('height'))).toBeGreaterThan(Number(chart.getAttribute('height')));
  });
});

// Titles and one-line descriptions of the comparison pages, both languages (the index lists them).
import type { Lang } from '../../i18n/ui.ts';

export interface ComparePageText {
  slug: string;
  nav: Record<Lang, string>;
  title: Record<Lang, string>;
  intro: Record<Lang, string>;
}

export const PAGE_TITLES: ComparePageText[] = [
  {
    slug: 'targets',
    nav: { en: 'Targets', zh: '目标' },
    title: { en: 'Compare targets', zh: '目标比较' },
    intro: {
      en: 'Every plan’s quantified targets, indicator by indicator: their spread across all plans and the national goal, with the places you pick drawn over it, by year. Pick places by name or province, filter by indicator group; click a dot to read the sentence.',
      zh: '逐项指标显示全部方案量化目标的分布及全国目标，并标出所选地区及其年份。可按名称或省份选择地区、按指标类别筛选；点击圆点查看原文。',
    },
  },
  {
    slug: 'principles',
    nav: { en: 'Principles', zh: '原则' },
    title: { en: 'Compare principles', zh: '原则比较' },
    intro: {
      en: 'How many plans state each principle (坚持…), and the principles of the places you pick, side by side.',
      zh: '写明各项基本原则（坚持……）的方案数，以及所选地区的原则并列比较。',
    },
  },
  {
    slug: 'organisations',
    nav: { en: 'Organisations', zh: '机构' },
    title: { en: 'Compare organisations', zh: '机构比较' },
    intro: {
      en: 'Which institutions lead the alliances the plans set up, and which government agencies carry which tasks in each place.',
      zh: '各方案组建的医共体、医联体由谁牵头，各地由哪些部门承担哪些任务。',
    },
  },
  {
    slug: 'timeline',
    nav: { en: 'Timeline', zh: '时间线' },
    title: { en: 'Compare timelines', zh: '时间线比较' },
    intro: {
      en: 'Phases, deadlines and target years of every plan on one time axis.',
      zh: '各方案的实施阶段、完成时限和目标年份，置于同一时间轴上。',
    },
  },
  {
    slug: 'instruments',
    nav: { en: 'Instruments', zh: '改革工具' },
    title: { en: 'Compare reform instruments', zh: '改革工具比较' },
    intro: {
      en: 'Which reform instruments — payment, staffing, governance, information — each plan adopts, pilots or only explores.',
      zh: '各方案在支付、人事、治理、信息化等方面采用、试点或探索的改革工具。',
    },
  },
  {
    slug: 'reuse',
    nav: { en: 'Text reuse', zh: '文本复用' },
    title: { en: 'Text shared between plans', zh: '方案之间的文本复用' },
    intro: {
      en: 'How much of each plan reappears, copied or lightly edited, in another — and the aligned passages side by side.',
      zh: '各方案有多少文字被其他方案照搬或略改沿用，并列显示对齐的段落。',
    },
  },
];

// UI strings of the comparison pages and embeds, both languages (labels of vocabulary groups and units included).
import type { Lang } from '../../i18n/ui.ts';

export const GROUP_LABELS: Record<string, Record<Lang, string>> = {
  orderly_care_seeking: { en: 'Orderly care-seeking', zh: '有序就医格局' },
  county_service_capacity: { en: 'County service capacity', zh: '县域医疗卫生服务能力' },
  efficient_resource_use: { en: 'Efficient use of resources', zh: '医疗卫生资源有效利用' },
  insurance_fund_efficiency: { en: 'Insurance fund efficiency', zh: '医保基金使用效能' },
  public_health: { en: 'Public health', zh: '公共卫生' },
  organisation: { en: 'Organisation', zh: '组织建设' },
  '': { en: 'Not in the vocabulary', zh: '未归类' },
};

export const UNIT_LABELS: Record<string, Record<Lang, string>> = {
  percent: { en: '%', zh: '%' },
  percentage_points: { en: 'percentage points', zh: '百分点' },
  count: { en: 'number', zh: '个' },
  persons: { en: 'persons', zh: '人' },
  person_times: { en: 'person-times', zh: '人次' },
  months: { en: 'months', zh: '个月' },
  years: { en: 'years', zh: '年' },
  days: { en: 'days', zh: '天' },
  per_1000: { en: 'per 1,000 people', zh: '每千人' },
  per_10000: { en: 'per 10,000 people', zh: '每万人' },
  per_100000: { en: 'per 100,000 people', zh: '每10万人' },
  per_mille: { en: '‰', zh: '‰' },
  per_myriad: { en: '‱', zh: '‱' },
  ratio: { en: 'ratio 1 : value', zh: '比例 1∶数值' },
  age_years: { en: 'years of age', zh: '岁' },
  times: { en: 'times', zh: '次' },
  beds: { en: 'beds', zh: '张床位' },
  weeks: { en: 'weeks', zh: '周' },
  hours: { en: 'hours', zh: '小时' },
  minutes: { en: 'minutes', zh: '分钟' },
  km: { en: 'km', zh: '公里' },
  yuan: { en: 'yuan', zh: '元' },
  yuan_10k: { en: '10,000 yuan', zh: '万元' },
  yuan_100m: { en: '100 million yuan', zh: '亿元' },
  '': { en: '', zh: '' },
};

/** A unit in words; a measure word the pipeline keeps as written (艘) is shown as written, never a code. */
export const unitLabel = (unit: string, lang: Lang): string =>
  UNIT_LABELS[unit]?.[lang] ?? (/^[\u3400-\u9fff]+$/.test(unit) ? unit : '');

/** How often a target applies, in words: '−5% per year' / '每年−5%'. */
export const FREQUENCY_LABELS: Record<string, Record<Lang, string>> = {
  per_year: { en: 'per year', zh: '每年' },
  per_month: { en: 'per month', zh: '每月' },
  per_quarter: { en: 'per quarter', zh: '每季度' },
  per_week: { en: 'per week', zh: '每周' },
};

/** Where a statement stands in the plan, in a few words (the label of a disagreeing target). */
export const WHERE_LABELS: Record<string, Record<Lang, string>> = {
  text: { en: 'text', zh: '正文' },
  table: { en: 'table', zh: '表格' },
};

export const STR = {
  en: {
    compare: 'Compare',
    compareIntro:
      'The plans side by side. Every chart can be filtered, downloaded (data, PNG, SVG), embedded, and reproduced with SQL; every mark links to the sentence it comes from.',
    filters: 'Filters',
    place: 'Place',
    group: 'Indicator group',
    all: 'all',
    reset: 'Show all',
    showing: (n: number, total: number) => `Showing ${n} of ${total} rows.`,
    downloads: 'Download',
    csvAll: 'CSV, all rows',
    csvShown: 'CSV, rows shown',
    png: 'PNG',
    svg: 'SVG',
    embed: 'Embed this chart',
    embedHelp:
      'Paste this into your page. The script keeps the frame as tall as the chart; the current filters are kept.',
    copy: 'Copy',
    copied: 'Copied',
    sql: 'The SQL behind this chart',
    openSql: 'Open this query in the SQL explorer',
    table: 'Data table',
    inText: 'In the text',
    summary: 'Summary',
    noData: 'No data yet: this dataset has not been built.',
    fullChart: 'Full chart, data and sources',
    source: 'Source',
    issuedBy: (list: string) => `Source: ${list}. Extracted by County health plans; every value quotes its sentence.`,
    incomplete: 'incomplete copy',
    noYear: 'no year',
    conflict: 'conflicting mention',
    editSql: 'Edit SQL',
    editorLabel: 'The query behind this chart (DuckDB SQL over the published tables)',
    run: 'Run',
    resetSql: 'Reset',
    contractNeeds: 'The chart needs these columns:',
    contractOptional: 'It uses these when present:',
    mayBeEmpty: ' (may be empty)',
    contractRules: (limit: number) =>
      `At most ${limit.toLocaleString('en')} rows are drawn; other columns are ignored; rows are drawn in the order the query gives.`,
    contractFilters: (keys: readonly string[]) =>
      `The filters above are variables: ${keys.map((k) => `getvariable('${k}')`).join(', ')} hold the values picked (a list), or NULL when none is picked.`,
    editedLabel:
      'Edited by a reader: this chart is drawn from a query changed on this page, not from the published one.',
    editedLinkLabel:
      'Edited by a reader: this chart is drawn from a query given in the link, not from the published one.',
    seeOriginal: 'See the original chart',
    editedExport: 'Edited by a reader: drawn from a changed query, not the published chart.',
    licence: 'Data: CC BY 4.0',
    loadingEngine: 'Loading the SQL engine…',
    loadingBytes: (loaded: string, total: string) => `Loading the SQL engine: ${loaded} of ${total} MB…`,
    loadingTables: 'Loading the tables…',
    running: 'Running…',
    drawn: (n: number, ms: number) => `Drawn from ${n} row${n === 1 ? '' : 's'} in ${ms} ms.`,
    queryError: 'The query failed; the chart shows the last result that worked.',
    contractError: 'The chart was not redrawn; it shows the last result that worked.',
    loadError: 'The SQL engine did not load:',
    endHint: 'Hint: “end”, “order” and “group” are reserved words in DuckDB: write "end" in double quotes.',
    embedEdited:
      'The embed code carries your query: the embedded chart will show the edited version, labelled as such.',
  },
  zh: {
    compare: '比较',
    compareIntro:
      '各方案并列比较。每张图都可以筛选、下载（数据、PNG、SVG）、嵌入，并可用 SQL 复现；每个标记都链接到原文出处。',
    filters: '筛选',
    place: '地区',
    group: '指标类别',
    all: '全部',
    reset: '显示全部',
    showing: (n: number, total: number) => `显示 ${total} 行中的 ${n} 行。`,
    downloads: '下载',
    csvAll: 'CSV，全部行',
    csvShown: 'CSV，当前显示的行',
    png: 'PNG',
    svg: 'SVG',
    embed: '嵌入本图',
    embedHelp: '把以下代码粘贴到网页中。脚本会让框架随图表高度自动调整；当前筛选条件会保留。',
    copy: '复制',
    copied: '已复制',
    sql: '生成本图数据的 SQL',
    openSql: '在 SQL 查询页打开此查询',
    table: '数据表',
    inText: '原文',
    summary: '摘要',
    noData: '暂无数据：该数据集尚未生成。',
    fullChart: '完整图表、数据与来源',
    source: '来源',
    issuedBy: (list: string) => `来源：${list}。由“县域医改方案”提取，每个数值均引用原文。`,
    incomplete: '文本不完整',
    noYear: '未定年份',
    conflict: '表述不一致',
    editSql: '编辑 SQL',
    editorLabel: '本图的查询（基于已发布数据表的 DuckDB SQL）',
    run: '运行',
    resetSql: '还原',
    contractNeeds: '本图需要以下列：',
    contractOptional: '如有以下列也会使用：',
    mayBeEmpty: '（可为空）',
    contractRules: (limit: number) => `最多绘制 ${limit} 行；其他列不予理会；按查询返回的顺序绘制。`,
    contractFilters: (keys: readonly string[]) =>
      `上方的筛选条件是变量：${keys.map((k) => `getvariable('${k}')`).join('、')} 为所选值的列表，未选时为 NULL。`,
    editedLabel: '读者修改版：本图由本页上修改过的查询绘制，并非本站发布的版本。',
    editedLinkLabel: '读者修改版：本图由链接中给出的查询绘制，并非本站发布的版本。',
    seeOriginal: '查看原图',
    editedExport: '读者修改版：由修改过的查询绘制，并非本站发布的图表。',
    licence: '数据：CC BY 4.0',
    loadingEngine: '正在加载 SQL 引擎……',
    loadingBytes: (loaded: string, total: string) => `正在加载 SQL 引擎：${loaded} / ${total} MB……`,
    loadingTables: '正在加载数据表……',
    running: '正在运行……',
    drawn: (n: number, ms: number) => `已根据 ${n} 行重新绘制，用时 ${ms} 毫秒。`,
    queryError: '查询出错；图表仍显示上一次成功的结果。',
    contractError: '图表未重绘，仍显示上一次成功的结果。',
    loadError: 'SQL 引擎未能加载：',
    endHint: '提示：end、order、group 是 DuckDB 的保留字，请写作 "end"（加双引号）。',
    embedEdited: '嵌入代码包含您的查询：嵌入的图表将显示修改版，并注明为读者修改。',
  },
} as const;

export type CompareStrings = (typeof STR)[Lang];

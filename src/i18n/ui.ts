// UI strings in both languages and the one way to build internal links (respects the configured base).

export type Lang = 'en' | 'zh';
export const LANGS: Lang[] = ['en', 'zh'];

export const ui = {
  en: {
    siteName: 'County health plans',
    siteTagline: 'Chinese county medical-community plans as cited open data',
    skip: 'Skip to content',
    navHome: 'Home',
    navPlans: 'Plans',
    navCompare: 'Compare',
    navData: 'Data',
    navExplore: 'Explore',
    navExtract: 'Your plan',
    navAbout: 'About',
    navSearch: 'Search',
    navLabel: 'Main',
    soon: 'soon',
    switchTo: '中文',
    switchLabel: '阅读中文版',
    footerLicence: 'Data: CC BY 4.0 · Code: MIT · Sources are official government documents, reproduced unchanged.',
    footerFound: 'Found an error?',
    footerReport: 'Report it',
    footerWrite: 'Write to us',
    footerHow: 'how to report an error',
    level: { province: 'Province', prefecture: 'Prefecture city', county: 'County', '': 'Unknown level' },
    complete: 'Complete text',
    incomplete: 'Incomplete copy',
    attachmentsMissing: (n: number) => `${n} attachment${n === 1 ? '' : 's'} referenced but missing`,
    issuer: 'Issuer',
    number: 'Document number',
    date: 'Date',
    year: 'Year',
    title: 'Title',
    place: 'Place',
    levelLabel: 'Level',
    notStated: 'not stated in the text',
    fromManifest: 'not in the text; from the manifest',
    fromPageMetadata: 'from the web page’s metadata table',
    sourceUrl: 'Obtained from',
    publisher: 'Published by',
    retrieved: 'Retrieved',
    sourceFile: 'Source file',
    notRecorded: 'not recorded',
    completeWithout: 'Text complete, attachments missing',
    readPlan: 'Read the plan',
    plans: 'Plans',
    province: 'Province',
    targetsCount: 'Targets',
    targetBands: { '0': 'None', '1-9': '1–9', '10-29': '10–29', '30+': '30 or more' },
    completeness: 'Completeness',
    filterAll: 'All',
    filterText: 'Place',
    filterTextHint: 'in English or Chinese, e.g. {en} or {zh}',
    placeExampleEn: 'Yulin',
    placeExampleZh: '玉林',
    filters: 'Filter the plans',
    clearFilters: 'Clear',
    plansCount: '{n} of {m} plans',
    pageOf: 'Page {p} of {q}',
    pages: 'Pages of the table',
    previous: 'Previous',
    next: 'Next',
    noMatch: 'No plan matches these filters.',
    plansCaption: 'Every plan: place, province, level, year of issue, number of targets and completeness.',
    plansSortHint: 'Select a column heading to sort by it.',
    firstRows:
      'The first {n} of {m} plans by place. With JavaScript the table sorts, filters and pages all of them; documents.csv lists every plan.',
  },
  zh: {
    siteName: '县域医改方案',
    siteTagline: '县域医共体与医联体建设方案：可引用的开放数据',
    skip: '跳到正文',
    navHome: '首页',
    navPlans: '方案',
    navCompare: '比较',
    navData: '数据',
    navExplore: '查询',
    navExtract: '您的方案',
    navAbout: '关于',
    navSearch: '检索',
    navLabel: '主导航',
    soon: '即将推出',
    switchTo: 'English',
    switchLabel: 'Read in English',
    footerLicence: '数据：CC BY 4.0 · 代码：MIT · 原文为政府公开文件，原样收录。',
    footerFound: '发现错误？',
    footerReport: '提交报告',
    footerWrite: '来信告知',
    footerHow: '如何报告错误',
    level: { province: '省级', prefecture: '地级市', county: '县级', '': '级别不详' },
    complete: '全文完整',
    incomplete: '文本不完整',
    attachmentsMissing: (n: number) => `提及的附件缺失 ${n} 个`,
    issuer: '发文机关',
    number: '文号',
    date: '成文日期',
    year: '年份',
    title: '标题',
    place: '地区',
    levelLabel: '行政级别',
    notStated: '原文未载明',
    fromManifest: '原文未载明，取自资料清单',
    fromPageMetadata: '取自网页的元数据表',
    sourceUrl: '获取网址',
    publisher: '发布者',
    retrieved: '获取日期',
    sourceFile: '原文文件',
    notRecorded: '未记录',
    completeWithout: '正文完整，附件缺失',
    readPlan: '阅读方案',
    plans: '方案',
    province: '省份',
    targetsCount: '目标数',
    targetBands: { '0': '无', '1-9': '1–9 个', '10-29': '10–29 个', '30+': '30 个及以上' },
    completeness: '完整性',
    filterAll: '全部',
    filterText: '地区',
    filterTextHint: '中文或英文地名，如 {zh} 或 {en}',
    placeExampleEn: 'Yulin',
    placeExampleZh: '玉林',
    filters: '筛选方案',
    clearFilters: '清除',
    plansCount: '{m} 份方案中的 {n} 份',
    pageOf: '第 {p} 页，共 {q} 页',
    pages: '表格分页',
    previous: '上一页',
    next: '下一页',
    noMatch: '没有符合筛选条件的方案。',
    plansCaption: '全部方案：地区、省份、行政级别、发布年份、目标数和完整性。',
    plansSortHint: '点击列标题即可按该列排序。',
    firstRows:
      '按地区排列的前 {n} 份方案（共 {m} 份）。启用 JavaScript 后，表格可对全部方案排序、筛选和分页；documents.csv 列出所有方案。',
  },
} as const;

export function t(lang: Lang) {
  return ui[lang];
}

/** The configured base as `/`-terminated path: '/', '/sub/'. */
export function normalizeBase(base: string): string {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`;
  return b === '//' ? '/' : b;
}

// import.meta.env is undefined outside Vite (the bench imports this module under plain Node).
const BASE = normalizeBase((import.meta.env as ImportMeta['env'] | undefined)?.BASE_URL ?? '/');

/**
 * Link to a site page in a language. `path` is site-relative without base or language ('/plans/guyuan/',
 * 'about/', '/plans/guyuan/#p-27'); the result always starts with the base and ends pages with '/'.
 */
export function localizedPath(path: string, lang: Lang, base: string = BASE): string {
  const b = normalizeBase(base);
  const hashAt = path.search(/[#?]/);
  const [pathname, suffix] = hashAt === -1 ? [path, ''] : [path.slice(0, hashAt), path.slice(hashAt)];
  let p = pathname.replace(/^\/+/, '');
  // Pages get a trailing slash (trailingSlash: 'always'); files with an extension do not.
  if (p !== '' && !p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p)) p += '/';
  return `${b}${lang === 'zh' ? 'zh/' : ''}${p}${suffix}`;
}

/** A file under public/ (data downloads, icons): base-prefixed, no language. */
export function assetPath(path: string, base: string = BASE): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** Split a served pathname into language and site-relative path ('/sub/zh/plans/x/' → zh, '/plans/x/'). */
export function parsePath(pathname: string, base: string = BASE): { lang: Lang; path: string } {
  const b = normalizeBase(base);
  let rest = pathname.startsWith(b)
    ? pathname.slice(b.length)
    : pathname === b.slice(0, -1)
      ? ''
      : pathname.replace(/^\/+/, '');
  let lang: Lang = 'en';
  if (rest === 'zh' || rest.startsWith('zh/')) {
    lang = 'zh';
    rest = rest.slice(2).replace(/^\/+/, '');
  }
  return { lang, path: `/${rest}` };
}

/** The same page in the other language (the language switch). */
export function switchLanguagePath(pathname: string, to: Lang, base: string = BASE): string {
  return localizedPath(parsePath(pathname, base).path, to, base);
}

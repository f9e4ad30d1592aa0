// Who and what the data release is, in both languages: one source for datapackage.json, CITATION.cff and the
// citations the pages show (scripts/release/package-meta.ts builds on it).
export const PROJECT = {
  author: { en: 'County health plans project', zh: '县域医改方案项目组' },
  title: {
    en: 'County health-reform plans (医共体 / 医联体): structured, cited open data',
    zh: '县域医共体、医联体建设方案：结构化、可溯源的开放数据',
  },
  /** The site's name, as the pages' header shows it. */
  siteName: { en: 'County health plans', zh: '县域医改方案' },
  licence: 'CC BY 4.0',
} as const;

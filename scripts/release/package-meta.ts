// Hand-kept words about the release as a whole (the per-dataset words come from the zod schemas).
import { PROJECT } from '../../src/lib/project.ts';
import { RELEASE_ZIP } from '../../src/lib/release-zip.ts';

export const PACKAGE_META = {
  name: 'county-health-plans',
  title: PROJECT.title.en,
  titleZh: PROJECT.title.zh,
  description:
    'Plans of Chinese counties, prefectures and provinces for county medical communities (医共体) and medical alliances (医联体), turned into tables. Every row comes from the text of an official document by a reproducible pipeline and carries its provenance: document id, section id and the raw character offsets of the quoted text.',
  descriptionZh:
    '将中国县、市、省级医共体（县域医疗卫生共同体）与医联体建设方案整理为数据表。每一行均由可复现的程序从政府正式文件原文中提取，并注明出处：文件编号、章节编号以及所引原文的字符位置。',
  keywords: ['China', 'health reform', 'county medical community', '医共体', '医联体', 'policy documents', 'open data'],
  licenses: [
    {
      name: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      path: 'https://creativecommons.org/licenses/by/4.0/',
    },
  ],
  /** Why CC BY can apply: the tables are our work; the texts they quote are official documents. */
  sourcesNote:
    "The source texts are official documents issued by the government bodies of the People's Republic of China named in documents.csv. Official documents are not protected by the Copyright Law of the PRC (Article 5); the quotes in the tables reproduce them verbatim.",
  contributors: [{ title: PROJECT.author.en, role: 'author' }],
  /** File names of the release; the zip carries the version in its README, not its name, so links stay stable. */
  zipName: RELEASE_ZIP,
  checksumsName: 'SHA256SUMS',
} as const;

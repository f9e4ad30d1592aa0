import { describe, expect, it } from 'vitest';
import { dataCitation, planCitation, type PlanFacts } from './cite.ts';

const release = { version: '0.1.0', date: '2026-11-22' };

describe('dataCitation', () => {
  it('gives the whole title, not cut at the "/" inside it, with version and date', () => {
    const c = dataCitation(release, 'en', 'https://h.cn/data/');
    expect(c).toContain('County health-reform plans (医共体 / 医联体): structured, cited open data.');
    expect(c).toContain('Version 0.1.0, released 2026-11-22');
    expect(c.startsWith('County health plans project (2026).')).toBe(true);
    expect(c.endsWith('https://h.cn/data/')).toBe(true);
  });
  it('is GB/T 7714 on Chinese pages: author. title: version[DS/OL]. (date). address.', () => {
    expect(dataCitation(release, 'zh', 'https://h.cn/zh/data/')).toBe(
      '县域医改方案项目组. 县域医共体、医联体建设方案：结构化、可溯源的开放数据: 0.1.0 版[DS/OL]. (2026-11-22). https://h.cn/zh/data/.',
    );
  });
});

const yulin: PlanFacts = {
  docId: 'yulin',
  titleZh: '加快推进玉林医疗联合体建设和发展实施方案',
  issuerZh: '玉林市人民政府办公室',
  issuerEn: 'General Office of the Yulin Municipal People’s Government',
  docNumber: '玉政办发〔2017〕55号',
  issueDate: '2017-09-20',
  issueYear: 2017,
};
const henan: PlanFacts = {
  docId: 'henan',
  titleZh: '关于加快推进紧密型县域医疗卫生共同体建设的意见',
  issuerZh: null,
  issuerEn: null,
  docNumber: null,
  issueDate: null,
  issueYear: 2020,
};

describe('planCitation', () => {
  it('names issuer, title, number, date, the data version and the permalink (zh)', () => {
    expect(planCitation(yulin, release, 'zh', 'https://h.cn/zh/plans/yulin/')).toBe(
      '玉林市人民政府办公室. 加快推进玉林医疗联合体建设和发展实施方案: 玉政办发〔2017〕55号[EB/OL]. (2017-09-20). 县域医改方案, 数据 0.1.0 版 (2026-11-22). https://h.cn/zh/plans/yulin/.',
    );
  });
  it('cites one passage by its line', () => {
    const c = planCitation(yulin, release, 'zh', '/zh/plans/yulin/#p-27', 27);
    expect(c).toContain('第 27 行. /zh/plans/yulin/#p-27.');
    const e = planCitation(yulin, release, 'en', '/plans/yulin/#p-27', 27);
    expect(e).toContain(
      'Line 27 of the text in County health plans, data version 0.1.0 (2026-11-22). /plans/yulin/#p-27',
    );
  });
  it('uses the English issuer name on English pages, falling back to the Chinese', () => {
    expect(planCitation(yulin, release, 'en', 'u')).toMatch(/^General Office of the Yulin .* \(2017\)\. 加快推进/);
    expect(planCitation({ ...yulin, issuerEn: null }, release, 'en', 'u')).toMatch(/^玉林市人民政府办公室 \(2017\)\./);
  });
  it('leaves out what the text does not state (no issuer, number or date), never inventing it', () => {
    expect(planCitation(henan, release, 'zh', 'u')).toBe(
      '关于加快推进紧密型县域医疗卫生共同体建设的意见[EB/OL]. (2020). 县域医改方案, 数据 0.1.0 版 (2026-11-22). u.',
    );
    expect(planCitation(henan, release, 'en', 'u')).toBe(
      '(2020). 关于加快推进紧密型县域医疗卫生共同体建设的意见. Text in County health plans, data version 0.1.0 (2026-11-22). u',
    );
  });
});

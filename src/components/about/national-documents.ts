// The national documents the county plans answer to (from shared/corpus/REFERENCE.md): cited on /about/.
export interface NationalDocument {
  number: string;
  title: string;
  issuer: string;
  /** The issuer in English, where the site names it in English (chart sources). */
  issuerEn?: string;
  posted: string;
  url: string;
}

export const NATIONAL_DOCUMENTS: NationalDocument[] = [
  {
    number: '国办发〔2017〕32号',
    title: '国务院办公厅关于推进医疗联合体建设和发展的指导意见',
    issuer: '国务院办公厅',
    posted: '2017-04-26',
    url: 'http://www.gov.cn/zhengce/zhengceku/2017-04/26/content_5189071.htm',
  },
  {
    number: '国卫基层函〔2019〕121号',
    title: '关于推进紧密型县域医疗卫生共同体建设的通知',
    issuer: '国家卫生健康委、国家中医药管理局',
    issuerEn: 'National Health Commission and National Administration of TCM',
    posted: '2019-10-08',
    url: 'http://www.gov.cn/zhengce/zhengceku/2019-10/08/content_5437020.htm',
  },
  {
    number: '国卫办基层函〔2019〕708号',
    title: '关于印发紧密型县域医疗卫生共同体建设试点省和试点县名单的通知',
    issuer: '国家卫生健康委办公厅、国家中医药局办公室',
    posted: '2019-11-18',
    url: 'http://www.gov.cn/zhengce/zhengceku/2019-11/18/content_5453046.htm',
  },
  {
    number: '国卫办基层发〔2020〕12号',
    title: '关于印发紧密型县域医疗卫生共同体建设评判标准和监测指标体系（试行）的通知',
    issuer: '国家卫生健康委办公厅、国家医保局办公室、国家中医药局办公室',
    posted: '2020-09-18',
    url: 'http://www.gov.cn/zhengce/zhengceku/2020-09/18/content_5544471.htm',
  },
  {
    number: '国卫基层发〔2023〕41号',
    title: '关于全面推进紧密型县域医疗卫生共同体建设的指导意见',
    issuer: '国家卫生健康委等10部门（经国务院同意）',
    posted: '2023-12-30',
    url: 'https://www.gov.cn/zhengce/zhengceku/202312/content_6923447.htm',
  },
  {
    number: '国卫办基层发〔2024〕22号',
    title: '关于印发紧密型县域医疗卫生共同体监测指标体系的通知',
    issuer: '国家卫生健康委办公厅、国家医保局办公室、国家中医药局综合司、国家疾控局综合司',
    posted: '2024-11-01',
    url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6984315.htm',
  },
];

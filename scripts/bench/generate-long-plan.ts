// A long plan for the PDF benchmark: a notice, then parts 一、… each with subsections （一）… and items 1. … of
// full paragraphs, a target sentence and a target table per part. Deterministic; grows with `parts`.
const CN = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
const TOPICS = [
  '组建医共体',
  '完善支付方式',
  '加强人才队伍',
  '推进信息化建设',
  '强化公共卫生',
  '提升基层能力',
  '规范药品管理',
  '健全考核评价',
];
const TOWNS = ['城关镇', '黄沙镇', '飞龙镇', '长乐镇', '马鞍乡', '鱼塘乡', '青石乡', '门前镇'];
const INDICATORS = [
  '县域内就诊率',
  '县域内基层就诊率',
  '家庭医生签约服务覆盖率',
  '慢性病患者规范管理率',
  '医保基金县域内支出率',
];

function paragraph(part: number, n: number): string {
  const town = TOWNS[(part + n) % TOWNS.length] as string;
  return (
    `由县人民医院牵头，联合${town}等乡镇卫生院，围绕${TOPICS[(part + n) % TOPICS.length]}开展工作，实行人员、财务、业务、药品、信息统一管理，` +
    `推动专家、设备、技术向基层流动，方便人民群众就近看病就医，让群众在家门口享受到县级医院的诊疗服务，` +
    `各成员单位要按照职责分工，齐心协力，落实各项任务，确保本方案确定的目标如期实现，第${part + 1}部分第${n + 1}项任务按季度报送进展情况。`
  );
}

/** The plan text (UTF-8 .txt form); about 2.3 printed A4 pages per part at 16 pt. */
export function generateLongPlan(parts: number): string {
  const lines = [
    '青溪县人民政府办公室关于印发青溪县紧密型县域医疗卫生共同体建设三年行动方案的通知',
    '各乡镇人民政府，县直各有关单位：',
    '　　《青溪县紧密型县域医疗卫生共同体建设三年行动方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
    '青溪县人民政府办公室',
    '2024年3月18日',
    '青溪县紧密型县域医疗卫生共同体建设三年行动方案',
  ];
  for (let p = 0; p < parts; p++) {
    const indicator = INDICATORS[p % INDICATORS.length] as string;
    lines.push(`${CN[p % CN.length]}、${TOPICS[p % TOPICS.length]}`);
    lines.push(
      `　　到2025年底，${indicator}达到${60 + (p % 30)}%以上；到2026年，${indicator}达到${62 + (p % 30)}%左右。`,
    );
    for (let s = 0; s < 2; s++) {
      lines.push(`（${CN[s]}）${TOPICS[(p + s + 1) % TOPICS.length]}`);
      for (let i = 0; i < 3; i++)
        lines.push(`　　${i + 1}.${TOPICS[(p + i) % TOPICS.length]}。${paragraph(p, s * 3 + i)}`);
    }
    lines.push('序号\t指标名称\t2024年\t2025年\t2026年');
    INDICATORS.slice(0, 3).forEach((name, i) =>
      lines.push(`${i + 1}\t${name}\t≥${70 + i + (p % 10)}%\t≥${75 + i + (p % 10)}%\t≥${80 + i + (p % 10)}%`),
    );
  }
  return `${lines.join('\n\n')}\n`;
}

// Chinese titles and descriptions of every dataset and column, for the Chinese pages (/zh/data/, /zh/explore/, plan
// pages). The English ones live in the zod schemas (.describe()); a test checks this map covers exactly the same
// datasets and columns, so a new column cannot reach a Chinese page undescribed.
import type { DatasetSpec } from './dataset.ts';

export interface DatasetTextZh {
  title: string;
  description: string;
  columns: Record<string, string>;
}

const doc = '文件编号（方案标识）';
const start = '引文在原始文件中的起始位置（UTF-16 码元）';

const targetColumns = {
  doc_id: doc,
  section_id: '该处所在的章节（表格行为附件编号）',
  indicator_zh: '原文或表格行中的指标名称（如“血压、血糖控制率均…”拆分后的“血压控制率”）',
  indicator_id: '指标词表（data/vocab/indicators.json）中的编号；措辞不在词表中时为空（列入构建报告）',
  indicator_en: '词表中的指标英文名；无指标编号时为空',
  comparator:
    '数值的约束方式：ge 不低于，le 不高于，eq 等于，approx 约（左右），range 区间（value 至 value_max），increase / decrease 增加或减少 value',
  value: '承诺的数值（区间取下限）；百分比按 0–100 记',
  value_max: '区间上限（如“调控在35%-50%”“2—3个”）；否则为空',
  unit: '数值单位：percent 百分比，percentage_points 百分点，per_mille 千分比（‰），per_myriad 万分比（‱），per_100000 每10万（1/10万），per_1000 / per_10000 每千/每万人口，ratio 比例（1:X，数值取 X），age_years 岁，count 个数，persons 人，person_times 人次，times 次，beds 床位，yuan / yuan_10k / yuan_100m 元/万元/亿元，years 年，months 月，weeks 周，days 天，hours 小时，minutes 分钟，km 公里；词表未收的量词照录（并列入构建报告）',
  frequency: '原文写“每年/全年/年增长/每月/每季度/每周”时为 per_year、per_month、per_quarter 或 per_week；否则为空',
  base_year: '变化量的基准年（如“较2022年增长20%”）；否则为空',
  target_year: '目标应达成的年份：取自“到2021年底”、句首或段首的年份、表格的年份列或“分别”列举；原文未给出时为空',
  start_year: '逐年目标的起始年份（如“从2023年起，每年…”）；否则为空。不是完成期限',
  aspirational: '原文以“力争”“争取”表述时为真',
  implied:
    '数值由措辞推定、原文未写数字时为真：全覆盖、覆盖全部…、全部建成/达到…、所有…实现（100%），翻一番（增加100%）',
  condition: '目标适用的条件，照录原文（如“总体转出率＞20%的”“条件成熟的县（市）”）；无条件时为空',
  scope:
    '目标适用范围窄于全方案时照录原文：每个单位（每个乡镇卫生院）、各单位（各县（市））、其中一部分（其中三级医院）、核算单位（以县为单位）；全方案适用时为空',
  population: '目标针对的人群，照录原文（重点人群、脱贫人口、65岁及以上老年人）；否则为空',
  binding: '方案指标表中的属性：binding 约束性，indicative 预期性；方案未注明时为空',
  quote: '条文（正文）或单元格（表格）的原文，与原始文件 start 至 end 之间的文字完全一致',
  start,
  end: '引文结束位置（不含）',
  source_kind: '出处类型：正文条文（text）或目标表格的单元格（table）',
};

export const DATASET_TEXT_ZH: Record<string, DatasetTextZh> = {
  documents: {
    title: '文件',
    description: '每份方案一行：从原文解析的文头信息、人工维护的资料清单中的地区信息，以及文本是否完整。',
    columns: {
      doc_id: '文件编号，即原始文件名去掉 .txt（如 guyuan）',
      title_zh: '方案标题（照录）；原文无标题时取自资料清单（见 title_origin）',
      title_origin: '标题来源（page-metadata：所保存网页的元数据表）',
      doc_number: '发文字号（照录，如 固医改发〔2020〕1号）；原文没有时为空',
      issue_date: '成文日期（ISO 8601），取自印发通知的落款；原文没有时为空',
      issue_year: '发文年份：取自成文日期，否则取自资料清单',
      issuer_zh: '发文机关（照录通知）；原文没有时取自资料清单（见 issuer_origin）',
      issuer_origin: '发文机关的来源（page-metadata：所保存网页的元数据表）',
      recipients_zh: '通知或意见的主送单位（照录）',
      place_zh: '方案所辖地区（资料清单）',
      place_en: '地区的英文名（资料清单）',
      level: '地区的行政级别（资料清单）：省、地级市或县',
      province_zh: '所属省级行政区（资料清单）',
      province_en: '所属省级行政区的英文名（资料清单）',
      latitude: '驻地的大致纬度（度，资料清单）',
      longitude: '驻地的大致经度（度，资料清单）',
      complete: '文本被截断时为假；不完整文件的数据只覆盖保留下来的部分',
      completeness_note: '文本不完整的原因及中断所在行；完整时为空',
      has_notice: '正文前有印发通知',
      body_start: '方案正文（标题）在原始文件中的起始位置',
      attachments_referenced: '正文列出或提及的附件数',
      attachments_missing: '提及但正文中没有其内容的附件数',
      warnings: '解析时产生的警告数（见 document_notes）',
      chars: '原始文本长度（UTF-16 码元，所有位置均以此计）',
      sha256: '原始文件字节的 SHA-256 校验值',
      source_file: '原始文件在代码仓库中的路径',
      original_format: '收到时的文件格式：原始文本即原件时为 txt，否则为转换前的格式（原件保存在 data/raw/originals/）',
      original_sha256: '收到时文件的 SHA-256；原始文本即原件时与 sha256 相同',
      source_url: '获取该文本的网址（资料清单，来源说明见清单）；未记录时为 unknown',
      publisher: '该文本的发布者，如政府网站（资料清单）；未记录时为 unknown',
      retrieval_date: '获取该文本的日期，YYYY-MM-DD（资料清单）；未记录时为 unknown',
    },
  },
  sections: {
    title: '章节',
    description: '各方案的标题层级：部分、节、条、款与附件，附原始位置。',
    columns: {
      doc_id: doc,
      section_id:
        '章节编号，多次运行保持不变：s2.1.3 = 第二部分第（一）节第 3 条；a1 = 附件1；无编号文字为 cover、preamble、attachments',
      parent_id: '上一级章节的编号；顶层章节为空',
      level: '层级：0 印发通知/前言/附件列表，1 部分（一、）或附件，2 （一），3 1.，4 （1）',
      kind: '章节类型',
      ordinal: '章节在本文件中按阅读顺序的序号，从 1 开始',
      label: '照录的序号，如 一、 （二） 3. 附件1；无编号章节为空',
      heading_zh: '标题文字（不含序号和 Markdown 标记）；段首标题取第一个“。”之前的文字',
      start: '章节（标题）在原始文件中的起始位置',
      end: '章节（含下级）在原始文件中的结束位置',
      heading_start: '标题的起始位置',
      heading_end: '标题的结束位置',
    },
  },
  attachments: {
    title: '附件',
    description: '各方案提及的附件，以及正文中是否附有其内容。',
    columns: {
      doc_id: doc,
      attachment_no: '附件在列表中的序号，从 1 开始',
      label_zh: '照录的附件标记，如 附件1',
      title_zh: '照录的附件标题（去掉文件扩展名）；原文未给出时为空',
      present: '正文中附有该附件的内容时为真',
      start: '提及处的起始位置',
      end: '提及处的结束位置',
      quote: '提及处的原文',
    },
  },
  citations: {
    title: '引用文件',
    description: '各方案以文号引用的其他政策文件。',
    columns: {
      doc_id: '引用方方案的文件编号',
      citation_no: '引用在正文中的序号，从 1 开始',
      cited_doc_number: '被引文件的文号（照录，如 宁医改发〔2020〕3号）',
      cited_title_zh: '紧接文号之前《》中给出的被引文件标题',
      section_id: '引用所在的章节',
      start: '文号的起始位置',
      end: '文号的结束位置',
      quote: '文号原文',
    },
  },
  document_notes: {
    title: '原文问题说明',
    description: '各原文中发现的问题及处理方式：分页断开、转换残留、截断、附件缺失等。',
    columns: {
      doc_id: doc,
      note_id: '说明在本文件中的编号，按原文顺序',
      severity: 'warning：该文件被标注；info：已由程序处理的问题',
      code: '问题类型：page-break-join 分页断句重接，extraction-residue 转换残留，truncated 截断，attachment-missing 附件缺失，table-header-repeated 表头重复等',
      line: '原始文件中的行号（从 1 开始）',
      message: '发现了什么、程序如何处理（英文）',
      start: '问题在原始文件中的起始位置',
      end: '问题的结束位置',
    },
  },
  organisations: {
    title: '机构',
    description:
      '方案中提到的每个机构、部门、委员会与党组织，附类型、所属地区，以及合并本文件中简称与全称的规范名称。类别性称呼（乡镇卫生院、牵头医院）不单列，列入构建报告。',
    columns: {
      organisation_id: '稳定编号：<doc_id>-o-<nnn>，按在文件中首次出现的顺序编号',
      doc_id: doc,
      name_zh: '首次出现时的写法（去除空格与换行）',
      canonical_zh:
        '合并本文件中简称与全称的规范名称（市卫健委 = 市卫生健康委员会）；通用简称按 data/vocab/organisation-aliases.json 展开',
      name_forms_zh: '本文件中出现过的全部写法，按首次使用顺序，以“、”连接',
      type_id:
        '机构类型（data/vocab/organisation-types.json）：综合医院、中医院、乡镇卫生院、政府部门、委员会、党组织等',
      type_en: '机构类型的英文名',
      place_zh:
        '机构所属地区：名称自带的地名前缀（玉林市第一人民医院 → 玉林市），或单字“市/县/旗”前缀时取文件所属地区；不明时为空',
      place_origin:
        'place_zh 的来源：名称自带前缀（prefix）、文件所属地区（document）、无法确定（unresolved，如市级方案中的“县”）、无前缀（none）',
      mention_count: '该机构在 organisation_mentions 中的行数',
      only_in_committee_list: '该机构只出现在委员会成员名单中时为真',
      section_id: '首次出现所在的章节',
      quote: '首次出现处的原文',
      start: '首次出现的起始位置',
      end: '首次出现的结束位置',
    },
  },
  organisation_mentions: {
    title: '机构提及',
    description: '每一次提到具名机构之处，附写法与原始位置。',
    columns: {
      mention_id: '稳定编号：<doc_id>-om-<nnnn>，按阅读顺序编号',
      organisation_id: '所提及的机构（organisations.organisation_id）',
      doc_id: doc,
      section_id: '提及所在的章节',
      name_zh: '此处的写法（去除空格与换行）',
      canonical_zh: '机构的规范名称',
      context: '提及所在位置：正文（prose）、标题（heading）、表格（table）或委员会名单（committee-list）',
      quote: '提及处的原文',
      start: '提及的起始位置',
      end: '提及的结束位置',
    },
  },
  alliances: {
    title: '医联体成员关系',
    description:
      '方案组建的每个医共体、医联体、医疗集团或专科联盟中“牵头单位 → 成员单位”的每一条关系。牵头方为类别（县级医院）的表述列入构建报告，不在此列。',
    columns: {
      edge_id: '稳定编号：<alliance_id>-e<nn>，按成员列出的顺序编号',
      alliance_id: '联合体的稳定编号：<doc_id>-a<nn>，按阅读顺序编号',
      doc_id: doc,
      section_id: '描述该联合体的章节',
      kind: '联合体类型（data/vocab/alliance-kinds.json）：县域医共体、三二医联体、专科联盟、区域医联体、城市医疗集团、远程医疗协作网',
      kind_zh: '原文对该类型的称呼，如 医共体、三二医联体、专科医联体',
      lead_zh: '牵头单位（照录）',
      member_zh: '成员单位；原文多个地名共用一个机构名时补全（容县、博白县、陆川县人民医院 → 容县人民医院）',
      member_written_zh: '成员单位在列表中的原样写法（容县）',
      member_category:
        '成员是一类机构的照录写法（全县11个乡镇卫生院、县级妇幼保健机构）而非一个具体单位时为 true；不为其编造名称',
      source_kind:
        '出处类型：prose 正文语句（由X牵头，联合A、B组建…）；list 成员单位：之后逐行列出的名单；table 有牵头单位列与成员列的表格',
      lead_start: '牵头单位名称的起始位置',
      lead_end: '牵头单位名称的结束位置',
      member_start: '成员原样写法的起始位置',
      member_end: '成员原样写法的结束位置',
      quote: '从牵头单位到该成员的原文',
      start: '引文的起始位置',
      end: '引文的结束位置',
    },
  },
  committee_members: {
    title: '委员会成员',
    description: '方案所附委员会、领导小组成员名单中的人员与职务。',
    columns: {
      member_id: '稳定编号：<committee_id>-m<nn>，按名单顺序编号',
      committee_id: '名单的稳定编号：<doc_id>-c<nn>',
      doc_id: doc,
      section_id: '名单所在章节（通常为附件）',
      committee_zh: '名单所属的委员会或领导小组：取自名单标题，否则推断（见 committee_origin）',
      committee_origin:
        'committee_zh 的来源：名单标题（heading）、正文“详见附件”所指的委员会（referenced）、提及最多的委员会（most-mentioned）、无（none）',
      role_zh: '名单标注的职务（组长、副组长、主任、副主任、成员）；标注适用于其后各行',
      role_en: '职务的英文：head、deputy head、chair、vice-chair、member',
      name_zh: '姓名原样（含空格，如“常  海”）',
      name: '去掉空格的姓名（常海）',
      post_zh: '所任职务，原文换行处已接合（旗卫生健康委员会副主任、旗人民医院副院长）',
      title_zh: '第一个职务的职衔（副书记、局长、院长）',
      organisation_zh: '第一个职务所在单位（照录）；职务未写单位时为空',
      organisations_zh: '职务中提到的全部单位，以“、”连接',
      wrapped: '职务在原文中换行接续、已重新接合时为真',
      quote: '从职务标记（或姓名）到职务末尾的原文，含换行',
      start: '引文的起始位置',
      end: '引文的结束位置',
    },
  },
  principles: {
    title: '基本原则',
    description:
      '各方案提出的基本原则（坚持X），每条原则一行，对应共用词表。规则见 data/vocab/EXTRACTION_RULES.md 的“原则”一节。',
    columns: {
      principle_row_id: '稳定编号：<doc_id>-p<NN>，按文件中的阅读顺序编号',
      doc_id: doc,
      section_id: '原则所在的章节（见 sections）',
      ordinal: '原则在本文件中按阅读顺序的序号，从 1 开始',
      principle_zh: '原则原文，去掉“坚持”和末尾的“的原则”，如 政府主导',
      principle_id: '原则词表（data/vocab/principles.json）中的编号；措辞不在词表中时为空（列入构建报告）',
      name_en: '词表中的英文名；无原则编号时为空',
      form: '写法：lead 在“原则”一节段首的“坚持X”；series 段首句中接续的“坚持X”；run_in 段落中简短的“坚持X。”小标题；named 任意位置的“坚持A、B…(的)原则”',
      quote: '“坚持”短语的原文',
      start: '引文的起始位置',
      end: '引文的结束位置（不含）',
    },
  },
  responsibilities: {
    title: '责任分工',
    description: '每项任务由哪些部门牵头或配合：每项任务、每个部门一行，取自责任单位注释与任务表，附完成时限。',
    columns: {
      responsibility_id: '稳定编号：<task_id>-a<N>，部门按书写顺序编号',
      task_id: '任务的稳定编号：<doc_id>-t<NN>，按阅读顺序编号',
      doc_id: doc,
      section_id: '责任注释或任务表所在的章节',
      task_zh: '任务原文：表格单元格，或注释所收尾章节的标题（否则为注释前的一句）',
      agency_zh: '部门在列表中的原样写法，如 卫生计生委',
      agency_norm_zh:
        '沿用同一列表中前一个名称的级别前缀后的部门名（市医改办之后的 卫生计生委 → 市卫生计生委）；否则与 agency_zh 相同',
      role: 'lead 牵头单位/牵头部门；partner 配合单位（或与牵头单位并列的责任单位）；responsible 未区分牵头的注释中的责任单位',
      deadline_zh: '原文的完成时限，如 2021年3月底前；未给出时为空',
      deadline: '完成时限的年月 YYYY-MM（所指期间的末月）；未给出或无法解析时为空',
      source_kind: 'note 正文中括注或句末的责任单位/牵头单位注释；table 任务表；prose 正文语句（由X牵头，Y、Z配合，…）',
      note: '附在该部门后的说明，如括注，或注明它写在另一部门后的括号中；无则为空',
      quote: '注释（含括号）或整行任务表的原文',
      start: '引文的起始位置',
      end: '引文的结束位置（不含）',
    },
  },
  phases: {
    title: '实施阶段与时间节点',
    description:
      '实施阶段及其起止月份，以及有日期的时间节点（正文与任务表中的期限）。规则见 data/vocab/EXTRACTION_RULES.md 的“阶段”一节。',
    columns: {
      phase_id: '稳定编号：阶段为 <doc_id>-ph<NN>，时间节点为 <doc_id>-m<NN>，按阅读顺序',
      doc_id: doc,
      section_id: '阶段标题、时间节点语句或任务表所在的章节',
      kind: 'phase 有起止时间的实施阶段；milestone 某项工作的完成期限',
      ordinal: '在本文件中按阅读顺序的序号，从 1 开始（阶段与时间节点合计）',
      name_zh: '阶段名称（准备阶段），或时间节点所指的任务或条文',
      date_zh: '原文的日期写法，如 2020年12月—2021年11月、2021年3月底前',
      start_ym: '阶段的起始月（YYYY-MM）；单个月份起止相同，只写年份（2025年）取 1 月；时间节点为空',
      end_ym: '阶段的结束月，或时间节点的到期月（YYYY-MM）；只写年份取 12 月',
      date_rule:
        '日期的读法：by_month_end X月底前；by_year_end X年底(前)；before_year X年前，按 X 年底前理解（原文有歧义）；year 只写年份，1 月至 12 月',
      quote: '原文：带日期的阶段名称、时间节点条文或任务表行',
      start: '引文的起始位置',
      end: '引文的结束位置（不含）',
    },
  },
  instruments: {
    title: '改革举措',
    description:
      '各方案采用的改革举措（总额付费、总会计师、统一管理、“两个允许”等），每份方案每项举措一行，依据 data/vocab/instruments.json 词表。',
    columns: {
      instrument_row_id: '稳定编号：<doc_id>-<instrument_id>',
      doc_id: doc,
      section_id: '所引提及处的章节',
      instrument_id: '举措词表（data/vocab/instruments.json）中的编号',
      name_zh: '举措的中文名（词表）',
      name_en: '举措的英文名（词表）',
      match_zh: '正文中匹配到的措辞（照录），如 县聘、乡管、村用',
      stance: '最明确的表态：条文写“试点”为 pilot，写“探索”为 explore，否则为 adopt',
      mentions: '该举措在本文件中被分别提及的次数',
      quote: '体现该举措的条文原文（最明确、最具体的一处）',
      start: '引文的起始位置',
      end: '引文的结束位置（不含）',
    },
  },
  targets: {
    title: '目标',
    description:
      '各方案中每一项量化承诺（比率、占比、变化量、数量），每个不同的目标一行，附指标、约束方式、数值、单位、目标年份与原文条文。',
    columns: {
      target_id: '稳定编号 <doc_id>-t<nn>，按在文件中首次出现的顺序编号',
      ...targetColumns,
      conflict: '各处提及一致时为空；否则为一段英文说明，指出不一致的提及及各自的说法。本行数值取第一处提及',
      mention_count: '该目标被提及的次数（正文与表格）',
      mention_ids: '该目标各处提及的 mention_id，以空格分隔，按文件顺序',
    },
  },
  target_mentions: {
    title: '目标提及',
    description: '目标在正文或表格中的每一处提及；同一目标的多处提及共用 target_id，说法不一致的提及并列保留。',
    columns: {
      mention_id: '稳定编号 <doc_id>-m<nnn>，按文件顺序编号',
      target_id: '该提及所陈述的目标（targets.target_id）',
      ...targetColumns,
    },
  },
  reuse: {
    title: '文本复用',
    description:
      '一份方案与另一份方案共有的段落，原样照抄或稍作改动，以字符片段匹配与局部比对找出（方法见 /compare/reuse/）。',
    columns: {
      reuse_id: '段落编号，多次运行保持不变：<doc_a>@<start_a>~<doc_b>@<start_b>',
      doc_a: '第一份方案的文件编号（按排序 doc_a < doc_b）',
      section_a: '段落在 doc_a 中起始处的章节',
      line_a: '段落在 doc_a 原始文件中起始的行号（方案页面锚点 #p-<行号>）',
      start_a: '段落在 doc_a 中的起始位置',
      end_a: '段落在 doc_a 中的结束位置',
      doc_b: '第二份方案的文件编号',
      section_b: '段落在 doc_b 中起始处的章节',
      line_b: '段落在 doc_b 原始文件中起始的行号',
      start_b: '段落在 doc_b 中的起始位置',
      end_b: '段落在 doc_b 中的结束位置',
      length_a: 'doc_a 段落中的文字与数字数（不计标点和空格）',
      length_b: 'doc_b 段落中的文字与数字数',
      matched_chars: '两段之间逐字相同的字符数',
      similarity: 'matched_chars 除以 length_a 与 length_b 中较大者，0 至 1（1 = 除标点外原样照抄）',
      quote_a: 'doc_a 中该段的原文',
      quote_b: 'doc_b 中该段的原文',
      alignment:
        'quote_a 与 quote_b 的逐字差异，以游程编码表示：=n 两者相同，-n 仅见于 quote_a，+n 仅见于 quote_b（全角与半角视为相同）',
    },
  },
  reuse_matrix: {
    title: '文本复用矩阵',
    description: '每份方案有多少文字位于与另一份方案共有的段落中；没有共有文字的两份方案不列行。',
    columns: {
      doc_id: '被测量文字的方案',
      other_doc_id: '与之共有段落的另一份方案',
      chars: 'doc_id 中的文字与数字数（不计标点和空格）',
      shared_chars: 'doc_id 中位于与 other_doc_id 共有段落内的文字与数字数',
      share: 'shared_chars 除以 chars，0 至 1',
      passages: '两份方案之间共有段落的数量（reuse 数据集的行数）',
    },
  },
  vocab_indicators: {
    title: '词表：指标',
    description: '目标所对应的指标（data/vocab/indicators.json），附名称、定义，以及国家文件设定的全国目标。',
    columns: {
      indicator_id: '指标编号（targets.indicator_id）',
      name_zh: '指标的中文名',
      name_en: '指标的英文名',
      definition_en: '指标衡量什么（英文）',
      group:
        '指标在国家监测体系中所属方面，如 orderly_care_seeking（有序就医）、county_service_capacity（县域服务能力）',
      units: '目标取得该指标编号所须具备的单位，以空格分隔（如 percent percentage_points）',
      national_goal_comparator: '全国目标的约束方式：ge 不低于，le 不高于；无全国目标时为空',
      national_goal_value: '该指标的全国目标值，单位与其目标相同（百分比按 0–100 记）；无则为空',
      national_goal_year: '设定该目标的国家文件的年份',
      national_goal_source: '设定该目标的国家文件文号（国卫基层函〔2019〕121号）；无则为空',
      ordinal: '在 data/vocab/indicators.json 中的位置，从 1 开始（本站列出的顺序）',
    },
  },
  vocab_principles: {
    title: '词表：基本原则',
    description: '原则所对应的共用词表（data/vocab/principles.json）。',
    columns: {
      principle_id: '原则编号（principles.principle_id）',
      name_zh: '原则的中文名',
      name_en: '原则的英文名',
      definition_en: '原则的含义（英文）',
      ordinal: '在 data/vocab/principles.json 中的位置，从 1 开始（本站列出的顺序）',
    },
  },
  vocab_instruments: {
    title: '词表：改革举措',
    description: '在各方案中检索的改革举措（data/vocab/instruments.json）。',
    columns: {
      instrument_id: '举措编号（instruments.instrument_id）',
      name_zh: '举措的中文名',
      name_en: '举措的英文名',
      definition_en: '举措是什么（英文）',
      ordinal: '在 data/vocab/instruments.json 中的位置，从 1 开始（本站列出的顺序）',
    },
  },
  vocab_alliance_kinds: {
    title: '词表：联合体类型',
    description: 'alliances.kind 所指的医共体与医联体类型（data/vocab/alliance-kinds.json）。',
    columns: {
      kind_id: '类型编号（alliances.kind）',
      name_zh: '联合体类型的中文名',
      name_en: '联合体类型的英文名',
      ordinal: '在 data/vocab/alliance-kinds.json 中的位置，从 1 开始（本站列出的顺序）',
    },
  },
  vocab_glossary: {
    title: '词表：机构名称对照',
    description: '方案中提到的机关与机构的英文名（data/vocab/glossary.json）；未收录的名称在英文页面上以中文显示。',
    columns: {
      term_zh: '方案中机关或机构名称的写法',
      name_en: '英文页面上显示的英文名',
      ordinal: '在 data/vocab/glossary.json 中的位置，从 1 开始',
    },
  },
};

/** Title and description of a dataset in a language (English from the spec). */
export function datasetText(spec: DatasetSpec, lang: 'en' | 'zh'): { title: string; description: string } {
  const zh = lang === 'zh' ? DATASET_TEXT_ZH[spec.name] : undefined;
  return zh ? { title: zh.title, description: zh.description } : { title: spec.title, description: spec.description };
}

/** A column's description in a language; `english` is the schema's own (.describe()). */
export function columnText(datasetName: string, column: string, english: string, lang: 'en' | 'zh'): string {
  return (lang === 'zh' ? DATASET_TEXT_ZH[datasetName]?.columns[column] : undefined) ?? english;
}

// Example questions for the SQL explorer, with the SQL that answers them (a test runs each on the corpus).
export interface ExploreExample {
  id: string;
  title_en: string;
  title_zh: string;
  sql: string;
}

export const EXAMPLES: ExploreExample[] = [
  {
    id: 'county-visit-90',
    title_en: 'Which places aim for at least 90% in-county visits, and by when?',
    title_zh: '哪些地方提出县域内就诊率达到90%以上？目标年份是哪一年？',
    sql: `SELECT d.place_en, d.place_zh, t.doc_id, t.value, t.target_year, t.quote
FROM targets AS t
JOIN documents AS d USING (doc_id)
WHERE t.indicator_id = 'county_visit_rate'
  AND t.comparator IN ('ge', 'eq', 'approx')
  AND t.value >= 90
ORDER BY t.target_year, d.place_en;`,
  },
  {
    id: 'targets-per-plan',
    title_en: 'How many quantified targets does each plan set?',
    title_zh: '每份方案提出了多少项量化目标？',
    sql: `SELECT d.place_en, d.place_zh, count(*) AS targets,
       count(DISTINCT t.indicator_id) AS indicators,
       min(t.target_year) AS first_year, max(t.target_year) AS last_year
FROM targets AS t
JOIN documents AS d USING (doc_id)
GROUP BY ALL
ORDER BY targets DESC;`,
  },
  {
    id: 'shared-indicators',
    title_en: 'Which indicators do several plans set targets for?',
    title_zh: '哪些指标在多份方案中都有目标？',
    sql: `SELECT indicator_id, any_value(indicator_zh) AS indicator_zh,
       count(DISTINCT doc_id) AS plans,
       min(value) AS lowest, max(value) AS highest, any_value(unit) AS unit
FROM targets
GROUP BY indicator_id
HAVING count(DISTINCT doc_id) > 1
ORDER BY plans DESC, indicator_id;`,
  },
  {
    id: 'shared-principles',
    title_en: 'Which guiding principles do the most plans state?',
    title_zh: '哪些基本原则被最多的方案提及？',
    sql: `SELECT principle_id, name_en, any_value(principle_zh) AS principle_zh,
       count(DISTINCT doc_id) AS plans
FROM principles
GROUP BY ALL
ORDER BY plans DESC, principle_id;`,
  },
  {
    id: 'instruments-by-plan',
    title_en: 'Which policy instruments does each plan adopt, pilot or explore?',
    title_zh: '各方案采用、试点或探索了哪些政策工具？',
    sql: `SELECT instrument_id, name_en, any_value(name_zh) AS name_zh,
       count(DISTINCT doc_id) AS plans,
       string_agg(DISTINCT doc_id || ' (' || stance || ')', ', ') AS where_and_how
FROM instruments
GROUP BY ALL
ORDER BY plans DESC, instrument_id;`,
  },
  {
    id: 'lead-agencies',
    title_en: 'Which agencies lead the most tasks?',
    title_zh: '哪些部门牵头的任务最多？',
    sql: `SELECT agency_norm_zh, count(*) AS tasks_led, count(DISTINCT doc_id) AS plans
FROM responsibilities
WHERE role = 'lead'
GROUP BY ALL
ORDER BY tasks_led DESC, agency_norm_zh
LIMIT 15;`,
  },
  {
    id: 'plans-overview',
    title_en: 'Who issued each plan, and when?',
    title_zh: '各方案由谁印发？何时印发？',
    sql: `SELECT place_en, place_zh, level, issue_year, issuer_zh, doc_number, complete
FROM documents
ORDER BY issue_year, place_en;`,
  },
  {
    id: 'longest-parts',
    title_en: 'The longest top-level parts of the plans (note the quoted "end": it is an SQL keyword)',
    title_zh: '各方案篇幅最长的一级部分（"end" 是 SQL 关键字，须加双引号）',
    sql: `SELECT doc_id, label, heading_zh, "end" - start AS characters
FROM sections
WHERE kind = 'part'
ORDER BY characters DESC
LIMIT 10;`,
  },
  {
    id: 'document-defects',
    title_en: 'What defects did the pipeline find in the source texts?',
    title_zh: '数据处理中在原文里发现了哪些问题？',
    sql: `SELECT doc_id, severity, code, count(*) AS notes
FROM document_notes
GROUP BY ALL
ORDER BY doc_id, notes DESC;`,
  },
];

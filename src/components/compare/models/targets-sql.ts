// The targets chart's two queries: one row per quantified target of the selected places (its filters are
// variables), and the summary of every plan's level targets by indicator (no variables).
import { paramCondition } from '../query/params.ts';

export const TARGETS_SQL = `-- Every quantified target, one row per target: its place, its indicator (with the national goal, if any),
-- and whether it is a level (at least 90%) or a change (down 5% per year).
-- Filters are variables, unset = all: SET VARIABLE place = ['jieshou']; also "group" and indicator.
WITH group_order AS (
  -- Groups in the order of the vocabulary (fixed: a filter must not reorder what stays).
  SELECT "group", min(ordinal) AS group_ordinal FROM vocab_indicators GROUP BY ALL
),
other AS (
  -- A target whose statements disagree: the first statement that says something else.
  SELECT t.target_id,
         arg_min(m.comparator, m.mention_id) AS other_comparator,
         arg_min(m.value, m.mention_id) AS other_value,
         arg_min(m.value_max, m.mention_id) AS other_value_max,
         arg_min(m.source_kind, m.mention_id) AS other_source_kind,
         min(m.mention_id) AS other_mention_id
  FROM targets AS t
  JOIN target_mentions AS m USING (target_id)
  WHERE t.conflict <> ''
    AND (m.comparator <> t.comparator OR m.value <> t.value OR m.value_max IS DISTINCT FROM t.value_max)
  GROUP BY t.target_id
)
SELECT t.target_id, t.doc_id, d.place_en, d.place_zh,
       t.indicator_id,
       coalesce(v.name_en, t.indicator_en) AS indicator_en,
       coalesce(v.name_zh, t.indicator_zh) AS indicator_zh,
       coalesce(v."group", '') AS indicator_group,
       CASE WHEN t.comparator IN ('increase', 'decrease') THEN 'change' ELSE 'level' END AS measure,
       t.comparator, t.value, t.value_max, t.unit, t.frequency, t.target_year,
       v.national_goal_value AS goal_value, v.national_goal_year AS goal_year,
       v.national_goal_source AS goal_source,
       o.other_comparator, o.other_value, o.other_value_max, o.other_source_kind, o.other_mention_id,
       t.source_kind, t.quote
FROM targets AS t
JOIN documents AS d USING (doc_id)
LEFT JOIN vocab_indicators AS v USING (indicator_id)
LEFT JOIN other AS o USING (target_id)
LEFT JOIN group_order AS g ON g."group" = v."group"
WHERE ${paramCondition('place', 't.doc_id')}
  AND ${paramCondition('group', `coalesce(v."group", '')`)}
  AND ${paramCondition('indicator', 't.indicator_id')}
-- Indicators in the vocabulary's order (its groups first), wordings not in it last; then place and year.
ORDER BY g.group_ordinal NULLS LAST, v.ordinal NULLS LAST, indicator_zh,
         t.doc_id, t.target_year NULLS LAST, t.target_id`;

export const TARGETS_SUMMARY_SQL = `-- Every plan at once, per indicator and unit, for levels (at least, at most, about, a range; not changes): the
-- 24 indicators most plans set a level for, in the vocabulary's order; for each, how many plans, the spread of the
-- values (least, quartiles, median, greatest) and of the years, and the national goal. Also how many plans set any
-- target, how many indicators there are and how many plans. No variables: the same rows whatever is selected.
WITH group_order AS (
  SELECT "group", min(ordinal) AS group_ordinal FROM vocab_indicators GROUP BY ALL
),
levels AS (
  SELECT t.doc_id, t.indicator_id, coalesce(v.name_en, t.indicator_en) AS indicator_en,
         coalesce(v.name_zh, t.indicator_zh) AS indicator_zh, coalesce(v."group", '') AS indicator_group,
         t.unit, t.value, coalesce(t.value_max, t.value) AS top, t.target_year,
         v.national_goal_value, v.national_goal_year, v.national_goal_source, v.ordinal, g.group_ordinal
  FROM targets AS t
  LEFT JOIN vocab_indicators AS v USING (indicator_id)
  LEFT JOIN group_order AS g ON g."group" = v."group"
  WHERE t.comparator NOT IN ('increase', 'decrease')
),
spread AS (
  SELECT indicator_id, indicator_zh, unit, max(indicator_en) AS indicator_en, max(indicator_group) AS indicator_group,
         count(DISTINCT doc_id) AS plans, count(*) AS targets,
         min(value) AS value_min, quantile_cont(value, 0.25) AS value_q1, median(value) AS value_median,
         quantile_cont(value, 0.75) AS value_q3, max(top) AS value_max,
         min(target_year) AS year_min, max(target_year) AS year_max,
         any_value(national_goal_value) AS goal_value, any_value(national_goal_year) AS goal_year,
         any_value(national_goal_source) AS goal_source,
         min(group_ordinal) AS group_ordinal, min(ordinal) AS ordinal
  FROM levels
  GROUP BY indicator_id, indicator_zh, unit
  ORDER BY plans DESC, group_ordinal NULLS LAST, ordinal NULLS LAST, indicator_zh, unit
  LIMIT 24
)
SELECT indicator_id, indicator_en, indicator_zh, indicator_group, unit, plans, targets,
       value_min, value_q1, value_median, value_q3, value_max, year_min, year_max, goal_value, goal_year, goal_source,
       (SELECT count(DISTINCT doc_id) FROM targets) AS plans_setting,
       (SELECT count(DISTINCT coalesce(nullif(indicator_id, ''), indicator_zh)) FROM targets) AS indicators_total,
       (SELECT count(*) FROM documents) AS plans_total,
       count(*) OVER () AS rows_shown
FROM spread
ORDER BY group_ordinal NULLS LAST, ordinal NULLS LAST, indicator_zh, unit`;

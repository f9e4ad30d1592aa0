// Filters are parameters of a chart's query: DuckDB variables holding a list of values, read in the query with
// getvariable('place'). Unset means no filter. The same statements run at build time and in the browser. Pure.
import { sqlIdent, sqlString } from '../../../lib/text/sql.ts';
import type { FilterState } from '../filter-state.ts';

/** Every filter key any chart reads; all are set or reset before each run, so none leaks between charts. */
export const PARAM_KEYS = ['place', 'group', 'indicator'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** `SET VARIABLE place = ['guyuan', 'jieshou']` for a selection, `RESET VARIABLE place` for none (`"group"` quoted). */
export function variableStatements(state: FilterState): string[] {
  return PARAM_KEYS.map((key) => {
    const values = state[key] ?? [];
    return values.length === 0
      ? `RESET VARIABLE ${sqlIdent(key)}`
      : `SET VARIABLE ${sqlIdent(key)} = [${values.map(sqlString).join(', ')}]`;
  });
}

/** The statements a reader would type in the explorer before the query to get the filtered rows (none: no filter). */
export function variablePrelude(state: FilterState): string {
  return variableStatements(state)
    .filter((s) => s.startsWith('SET '))
    .map((s) => `${s};\n`)
    .join('');
}

/** The SQL filter on a column for one parameter (what every published chart query writes for each filter). */
export function paramCondition(key: ParamKey, expression: string): string {
  return `(getvariable('${key}') IS NULL OR list_contains(getvariable('${key}'), ${expression}))`;
}

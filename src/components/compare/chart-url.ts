// A chart's state in the address bar: the places a link names, the filters as the URL keeps them, and writing
// them (with an edited query, if any) back without a reload.
import { writeFilters, type FilterState } from './filter-state.ts';
import { MAX_PLACES, PLACE_ID } from './selection.ts';

/** The places a link names (?place=a,b: ids, at most MAX_PLACES), or the default ones when it names none. */
export function readPlaces(search: string, defaults: string[]): string[] {
  const raw = new URLSearchParams(search).get('place');
  const ids = [...new Set((raw ?? '').split(',').map((v) => v.trim()))].filter((v) => PLACE_ID.test(v));
  return ids.length ? ids.slice(0, MAX_PLACES) : [...defaults];
}

/** The filters as the URL keeps them: the places only when they are not the default ones. */
export function urlState(state: FilterState, places: string[], defaults: string[]): FilterState {
  const same = places.length === defaults.length && places.every((p, i) => p === defaults[i]);
  return { ...state, place: same ? [] : places };
}

/** The address bar: the filters, and the edited query under `sqlKey` (or none when `editedSql` is null). */
export function writeAddressBar(kept: FilterState, sqlKey: string, editedSql: string | null): void {
  const params = new URLSearchParams(writeFilters(location.search, kept));
  if (editedSql !== null) params.set(sqlKey, editedSql);
  else params.delete(sqlKey);
  const q = params.toString().replace(/%2C/gi, ',');
  history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
}

// A chart's filter controls (checkboxes and selects, marked data-filter / data-filter-select): set from a state,
// cleared, and read back into one.
import type { FilterState } from './filter-state.ts';
import type { Island } from './island.ts';

/** Check the boxes and choose the options `state` names; call `onChange` when the reader changes one. */
export function wireFilterControls(el: HTMLElement, state: FilterState, onChange: () => void): void {
  for (const box of el.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
    box.checked = (state[box.dataset['filter']!] ?? []).includes(box.value);
    box.addEventListener('change', onChange);
  }
  for (const sel of el.querySelectorAll<HTMLSelectElement>('select[data-filter-select]')) {
    sel.value = state[sel.dataset['filterSelect']!]?.[0] ?? '';
    sel.addEventListener('change', onChange);
  }
}

/** Every box unchecked, every select on "all". */
export function clearFilterControls(el: HTMLElement): void {
  for (const box of el.querySelectorAll<HTMLInputElement>('input[data-filter]')) box.checked = false;
  for (const sel of el.querySelectorAll<HTMLSelectElement>('select[data-filter-select]')) sel.value = '';
}

/** The filters the controls set now (the place is not among them: the chart keeps it). */
export function readFilterControls(el: HTMLElement, filters: Island['filters']): FilterState {
  const next: FilterState = {};
  for (const f of filters) {
    const sel = el.querySelector<HTMLSelectElement>(`select[data-filter-select="${f.key}"]`);
    next[f.key] = sel
      ? sel.value
        ? [sel.value]
        : []
      : [...el.querySelectorAll<HTMLInputElement>(`input[data-filter="${f.key}"]:checked`)].map((b) => b.value);
  }
  return next;
}

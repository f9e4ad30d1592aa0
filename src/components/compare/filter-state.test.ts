import { describe, expect, it } from 'vitest';
import { readFilters, rowKept, writeFilters } from './filter-state.ts';

const allowed = { group: ['orderly_care_seeking', 'public_health'], place: ['guyuan', 'jieshou', 'yulin'] };

describe('filter state in the URL', () => {
  it('reads the documented form and drops unknown values', () => {
    expect(readFilters('?group=orderly_care_seeking&place=guyuan,jieshou', allowed)).toEqual({
      group: ['orderly_care_seeking'],
      place: ['guyuan', 'jieshou'],
    });
    expect(readFilters('?place=guyuan,nowhere,guyuan', allowed)).toEqual({ group: [], place: ['guyuan'] });
    expect(readFilters('', allowed)).toEqual({ group: [], place: [] });
  });

  it('writes readable commas, keeps other parameters, leaves empty selections out', () => {
    expect(writeFilters('?lang=x', { group: [], place: ['guyuan', 'jieshou'] })).toBe('?lang=x&place=guyuan,jieshou');
    expect(writeFilters('?place=yulin', { place: [] })).toBe('');
  });

  it('round-trips', () => {
    const state = { group: ['public_health'], place: ['jieshou', 'yulin'] };
    expect(readFilters(writeFilters('', state), allowed)).toEqual(state);
  });
});

describe('rowKept', () => {
  const cols = { place: 'doc_id', group: 'indicator_group' };
  it.each([
    [{ doc_id: 'guyuan', indicator_group: 'public_health' }, { place: [], group: [] }, true],
    [{ doc_id: 'guyuan', indicator_group: 'public_health' }, { place: ['jieshou'], group: [] }, false],
    [{ doc_id: 'jieshou', indicator_group: 'public_health' }, { place: ['jieshou'], group: ['public_health'] }, true],
    [{ doc_id: 'jieshou', indicator_group: '' }, { place: [], group: ['public_health'] }, false],
  ])('%o under %o → %s', (row, state, expected) => {
    expect(rowKept(row, state, cols)).toBe(expected);
  });
});

// Vocabulary schemas on hand-written bad files: each mistake is refused naming the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import { DataFileError, parseDataFile } from './data-file.ts';
import { parseVocabularies, VOCABULARY_FILES } from './vocab.ts';

const principle = { principle_id: 'a', name_zh: '甲', name_en: 'x', definition_en: 'x', patterns_zh: ['政府主导'] };
const instrument = { instrument_id: 'a', name_zh: 'x', name_en: 'x', definition_en: 'x', patterns_zh: ['x'] };
const boundaries = {
  stop_words_zh: ['由'],
  joining_words_zh: ['和'],
  generic_modifiers_zh: ['县级'],
  not_places_zh: ['社区'],
  bare_place_blockers_zh: ['域'],
  titles_zh: ['主任'],
  committee_roles: [{ role_zh: '组长', role_en: 'head' }],
  bare_places_zh: ['市'],
};

const check = (name: keyof typeof VOCABULARY_FILES, data: unknown) =>
  parseDataFile(VOCABULARY_FILES[name], data, `data/vocab/${name}.json`);

describe('vocabulary schemas', () => {
  it.each([
    ['principles', {}, /principles\.json: the file: Invalid input: expected array/],
    [
      'principles',
      [{ ...principle, principle_id: 'Bad Id' }],
      /entry 0 \(Bad Id\), field principle_id: must be snake_case/,
    ],
    ['principles', [{ ...principle, patterns_zh: [] }], /entry 0 \(a\), field patterns_zh: must list at least one/],
    [
      'principles',
      [principle, { ...principle, principle_id: 'b' }],
      /entry 1 \(b\), field patterns_zh\[0\]: 政府主导 also belongs to entry 0 \(a\)/,
    ],
    ['principles', [{ ...principle, name_zh: undefined }], /entry 0 \(a\), field name_zh/],
    ['instruments', 'x', /instruments\.json: the file/],
    ['instruments', [{ ...instrument, patterns_zh: ['(unclosed'] }], /field patterns_zh\[0\]: bad pattern \(unclosed/],
    ['instruments', [{ ...instrument, name_en: '' }], /entry 0 \(a\), field name_en: must not be empty/],
    ['instruments', [instrument, instrument], /entry 1 \(a\), field instrument_id: duplicate instrument_id/],
    ['organisation-types', [], /organisation-types\.json: the file/],
    [
      'organisation-types',
      [{ type_id: 'x', name_en: 'X', suffixes_zh: [''] }],
      /entry 0 \(x\), field suffixes_zh\[0\]: must not be empty/,
    ],
    ['organisation-aliases', { aliases: [{ short_zh: '卫健委' }] }, /aliases entry 0 \(卫健委\), field long_zh/],
    ['organisation-boundaries', null, /organisation-boundaries\.json: the file/],
    ['organisation-boundaries', { ...boundaries, titles_zh: '主任' }, /field titles_zh/],
    ['organisation-boundaries', { ...boundaries, stop_word_zh: [] }, /stop_word_zh/],
    ['alliance-kinds', 'x', /alliance-kinds\.json: the file/],
    [
      'indicators',
      [
        {
          indicator_id: 'a',
          name_zh: '甲',
          name_en: 'A',
          definition_en: 'd',
          group: 'g',
          units: [],
          patterns_zh: ['甲'],
        },
      ],
      /entry 0 \(a\), field units: must list at least one/,
    ],
    [
      'indicators',
      [
        {
          indicator_id: 'a',
          name_zh: '甲',
          name_en: 'A',
          definition_en: 'd',
          group: 'g',
          units: ['percent'],
          patterns_zh: ['甲'],
          national_goal: { comparator: 'about', value: 90, year: 2019, source: 'x' },
        },
      ],
      /entry 0 \(a\), field national_goal\.comparator/,
    ],
  ] as const)('%s: %j is refused', (name, data, message) => {
    expect(() => check(name, data)).toThrow(DataFileError);
    expect(() => check(name, data)).toThrow(message);
  });

  it('defaults the optional organisation-type fields', () => {
    expect(check('organisation-types', [{ type_id: 'x', name_en: 'X', suffixes_zh: ['院'] }])).toEqual([
      {
        type_id: 'x',
        name_en: 'X',
        suffixes_zh: ['院'],
        place_only_suffixes_zh: [],
        standalone_suffixes_zh: [],
        requires_place: false,
        list_only: false,
      },
    ]);
  });
});

describe('parseVocabularies (the published vocabularies the in-browser extractor fetches)', () => {
  it.each([
    [null, /v\.json: not a JSON object/],
    [{}, /v\.json: indicators: /],
    [{ indicators: [] }, /v\.json: principles: /],
  ])('%j is refused naming the file and the vocabulary', (json, message) => {
    expect(() => parseVocabularies(json, 'v.json')).toThrow(message);
  });
});

// Every dataset and column has a Chinese title and description, and the map names nothing that does not exist.
import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns.ts';
import { DATASETS } from './index.ts';
import { DATASET_TEXT_ZH, columnText, datasetText } from './zh.ts';

const HAN = /[\u3400-\u9fff]/;

describe('Chinese dataset texts', () => {
  it('cover exactly the registered datasets', () => {
    expect(Object.keys(DATASET_TEXT_ZH).sort()).toEqual(DATASETS.map((d) => d.name).sort());
  });
  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s: title, description and every column, in Chinese',
    (name, spec) => {
      const zh = DATASET_TEXT_ZH[name]!;
      expect(zh.title).toMatch(HAN);
      expect(zh.description).toMatch(HAN);
      expect(Object.keys(zh.columns).sort()).toEqual(
        columnsOf(spec)
          .map((c) => c.name)
          .sort(),
      );
      for (const [col, text] of Object.entries(zh.columns)) expect(text, `${name}.${col}`).toMatch(HAN);
    },
  );
  it('are what the Chinese pages get; English pages keep the schema texts', () => {
    const targets = DATASETS.find((d) => d.name === 'targets')!;
    expect(datasetText(targets, 'zh').title).toBe('目标');
    expect(datasetText(targets, 'en').title).toBe('Targets');
    expect(columnText('targets', 'target_year', 'Year…', 'zh')).toMatch(/^目标应达成的年份/);
    expect(columnText('targets', 'target_year', 'Year…', 'en')).toBe('Year…');
  });
});

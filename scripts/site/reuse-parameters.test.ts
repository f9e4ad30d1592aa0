// The reuse page states the method's parameters from src/lib/reuse/ (the site never imports the pipeline): they
// must be the ones the reuse finder runs with, and the page's decoder must read the finder's ops.
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../src/lib/reuse/alignment-ops.ts';
import { DEFAULT_REUSE_OPTIONS } from '../../src/lib/reuse/parameters.ts';
import { diffOps } from '../pipeline/find-reuse-align.ts';
import { DEFAULT_REUSE_OPTIONS as PIPELINE_OPTIONS } from '../pipeline/find-reuse.ts';

describe('reuse parameters and ops', () => {
  it('are the ones the pipeline uses', () => {
    expect(DEFAULT_REUSE_OPTIONS).toEqual(PIPELINE_OPTIONS);
  });

  // hangjin.txt line 17 / henan.txt line 31 (安全有效、便捷可及 / 安全有效便捷可及), and a substitution.
  it.each([
    ['安全有效、便捷可及', '安全有效便捷可及'],
    ['县医院牵头组建', '县人民医院牵头'],
    ['', '全部新增'],
  ])('decode what the finder encodes: %s / %s', (a, b) => {
    const { a: partsA, b: partsB } = applyOps(a, b, diffOps(a, b));
    expect(partsA.map((p) => p.text).join('')).toBe(a);
    expect(partsB.map((p) => p.text).join('')).toBe(b);
  });
});

import { describe, expect, it } from 'vitest';
import { applyOps } from '../../src/lib/schema/reuse-format.ts';
import { alignLocal, diffOps } from './find-reuse-align.ts';
import { foldText, winnow } from './find-reuse-fingerprint.ts';
import { corpusDoc, CORPUS_IDS } from '../test-support/corpus.ts';

const full = (a: string, b: string) => ({
  aLo: 0,
  aHi: a.length,
  bLo: 0,
  bHi: b.length,
  dLo: -a.length,
  dHi: b.length,
});

describe('foldText', () => {
  it.each([
    // hangjin.txt line 17 (indented with U+3000), henan.txt line 31: the same clause once punctuation and spaces are gone.
    ['　　1.明确功能定位。', '1明确功能定位'],
    ['安全有效、便捷可及', '安全有效便捷可及'],
    ['“互联网+医疗健康”', '互联网医疗健康'],
    ['ICU and CT', 'icuandct'],
  ])('%j folds to %j', (input, folded) => {
    expect(foldText(input).text).toBe(folded);
  });

  it('maps every folded character back to its clean offset', () => {
    const clean = '（一）指导思想。以习近平';
    const f = foldText(clean);
    for (let i = 0; i < f.text.length; i++) expect(clean[f.toClean[i] as number]).toBe(f.text[i]);
  });

  it('gives on every corpus plan what the general rule gives (letters and digits, single units lower-cased)', () => {
    for (const id of CORPUS_IDS) {
      const clean = corpusDoc(id).clean.text;
      const text: string[] = [];
      const at: number[] = [];
      for (let i = 0; i < clean.length;) {
        const ch = String.fromCodePoint(clean.codePointAt(i) ?? 0);
        if (/[\p{L}\p{N}]/u.test(ch)) {
          const unit = ch.length === 1 && ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
          for (let u = 0; u < unit.length; u++) {
            text.push(unit[u]!);
            at.push(i + u);
          }
        }
        i += ch.length;
      }
      const f = foldText(clean);
      expect(f.text, id).toBe(text.join(''));
      expect([...f.toClean], id).toEqual(at);
    }
  });
});

describe('winnow', () => {
  it('selects a common fingerprint for every shared run of at least k + w - 1 characters', () => {
    const k = 8;
    const w = 8;
    const shared = '医共体牵头医院实行总会计师制度组建单独财务'.slice(0, k + w - 1);
    const a = `深化市医疗集团建设整合现有${shared}促进医疗集团形成`;
    const b = `以界首市中医院为主导${shared}完善基础设施统一信息`;
    const fa = new Set(winnow(a, k, w).map((p) => a.slice(p, p + k)));
    const fb = winnow(b, k, w).map((p) => b.slice(p, p + k));
    expect(fb.some((s) => fa.has(s) && shared.includes(s))).toBe(true);
  });

  it('keeps far fewer fingerprints than shingles', () => {
    const text =
      '根据本市分级诊疗制度建设实际情况充分考虑医疗机构地域分布功能定位服务能力合作意愿和群众需求等因素分区域分层次组建多种形式的医联体';
    const picked = winnow(text, 8, 8);
    expect(picked.length).toBeLessThan((text.length - 7) / 2);
    expect(picked).toEqual([...picked].sort((x, y) => x - y));
  });

  it('returns nothing for a text shorter than one shingle', () => {
    expect(winnow('医保', 8, 8)).toEqual([]);
  });
});

describe('alignLocal', () => {
  it('finds an identical run inside unrelated text', () => {
    const a = '甲乙丙丁医共体牵头医院实行总会计师制度戊己庚';
    const b = '子丑寅医共体牵头医院实行总会计师制度卯辰';
    const al = alignLocal(a, b, full(a, b))!;
    expect(a.slice(al.aStart, al.aEnd)).toBe('医共体牵头医院实行总会计师制度');
    expect(b.slice(al.bStart, al.bEnd)).toBe('医共体牵头医院实行总会计师制度');
    expect(al.identical).toBe(15);
  });

  it('bridges a substitution and a short insertion', () => {
    // henan.txt line 40 and a hand edit of it; the common prefix is long enough to pay for the edit.
    const a =
      '按照优化协同高效的原则建立由县级党委政府牵头发展改革财政人力资源社会保障卫生健康医保等部门及医共体成员单位代表参加';
    const b =
      '按照优化协同高效的原则建立由旗委旗政府牵头发展改革财政人力资源社会保障卫生健康医疗保障等部门及医共体成员单位代表参加';
    const al = alignLocal(a, b, full(a, b))!;
    expect(al.aStart).toBe(0);
    expect(al.aEnd).toBe(a.length);
    expect(al.bEnd).toBe(b.length);
  });

  it('drops a short common prefix that cannot pay for the edit after it (local, not global, alignment)', () => {
    const a = '建立由县级党委政府牵头发展改革财政人力资源社会保障';
    const b = '建立由旗委旗政府牵头发展改革财政人力资源社会保障';
    const al = alignLocal(a, b, full(a, b))!;
    expect(a.slice(al.aStart, al.aEnd)).toBe('政府牵头发展改革财政人力资源社会保障');
  });

  it('returns null when no character matches', () => {
    expect(alignLocal('甲乙丙', '子丑寅', full('甲乙丙', '子丑寅'))).toBeNull();
  });

  it('stays inside the diagonal band', () => {
    // The copy sits 30 characters further in b; a band around diagonal 0 cannot reach it.
    const a = '医共体牵头医院实行总会计师制度';
    const b = `${'子'.repeat(30)}${a}`;
    expect(alignLocal(a, b, { aLo: 0, aHi: a.length, bLo: 0, bHi: b.length, dLo: -5, dHi: 5 })).toBeNull();
    const al = alignLocal(a, b, { aLo: 0, aHi: a.length, bLo: 0, bHi: b.length, dLo: 25, dHi: 35 })!;
    expect(al.bStart).toBe(30);
  });
});

describe('diffOps', () => {
  it.each([
    ['医保基金', '医保基金', '=4'],
    ['安全有效、便捷可及', '安全有效便捷可及', '=4 -1 =4'],
    ['由县级党委、政府牵头', '由旗委、旗政府牵头', '=1 -3 +1 =2 +1 =4'],
    ['医共体，', '医共体,', '=4'],
    ['', '新增', '+2'],
  ])('diff %j → %j gives %j', (a, b, ops) => {
    expect(diffOps(a, b)).toBe(ops);
    const parts = applyOps(a, b, ops);
    expect(parts.a.map((p) => p.text).join('')).toBe(a);
    expect(parts.b.map((p) => p.text).join('')).toBe(b);
  });

  it('rejects ops that do not cover the quotes', () => {
    expect(() => applyOps('医保', '医保基金', '=2')).toThrow(/cover/);
  });
});

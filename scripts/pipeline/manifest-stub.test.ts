// The manifest stub of `npm run add`: a guessed place marked as a guess, appended in the manifest's own style.
import { describe, expect, it } from 'vitest';
import { appendEntry, guessPlace, manifestStub } from './manifest-stub.ts';

describe('guessPlace', () => {
  it.each([
    ['青溪县人民政府办公室', null, { placeZh: '青溪县', level: 'county', provinceZh: '' }],
    ['杭锦旗人民政府', null, { placeZh: '杭锦旗', level: 'county', provinceZh: '' }],
    ['固原市深化医药卫生体制改革工作领导小组', null, { placeZh: '固原市', level: '', provinceZh: '' }],
    ['中共界首市委办公室', null, { placeZh: '界首市', level: '', provinceZh: '' }],
    ['河南省卫生健康委员会', null, { placeZh: '河南省', level: 'province', provinceZh: '河南省' }],
    ['宁夏回族自治区固原市人民政府', null, { placeZh: '固原市', level: '', provinceZh: '宁夏回族自治区' }],
    [null, '临安县紧密型县域医共体建设实施方案', { placeZh: '临安县', level: 'county', provinceZh: '' }],
  ])('%s / %s', (issuer, title, guess) => {
    expect(guessPlace(issuer, title)).toMatchObject(guess);
  });

  it('makes no guess from a title that names no place', () => {
    expect(guessPlace(null, '关于加快推进紧密型县域医疗卫生共同体建设的意见')).toBeNull();
  });
});

describe('manifestStub and appendEntry', () => {
  const manifest =
    '{\n  "documents": [\n    {\n      "doc_id": "a", "file": "a.txt",\n      "origins": { "x": "y" }\n    }\n  ]\n}\n';
  const { entry, toFill } = manifestStub({
    docId: 'b',
    titleZh: null,
    titleOrigin: 'text',
    issuerZh: '青溪县人民政府办公室',
    issuerOrigin: 'text',
    issueYear: null,
    yearOrigin: '',
    sourceName: 'b.pdf',
  });

  it('lists what a person must fill in, guesses included', () => {
    expect(toFill).toEqual(['place_zh', 'place_en', 'level', 'province_zh', 'province_en', 'latitude', 'longitude']);
    expect(entry).not.toHaveProperty('title_zh');
  });

  it('appends the entry and keeps the rest of the file byte for byte', () => {
    const out = appendEntry(manifest, entry);
    expect(out.startsWith(manifest.slice(0, manifest.lastIndexOf('}\n  ]') + 1))).toBe(true);
    expect((JSON.parse(out) as { documents: { doc_id: string }[] }).documents.map((d) => d.doc_id)).toEqual(['a', 'b']);
    expect(() => appendEntry(out, entry)).toThrow(/already has doc_id b/);
  });
});

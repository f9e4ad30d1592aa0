// Text files in every encoding people have: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK; bad bytes refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDeclared, decodeText } from './decode-text.ts';

const PLAN =
  '青溪县医共体建设方案\n\n一、总体目标\n\n到2025年，县域内就诊率达到90%以上，县域内基层就诊率达到65%以上，群众看病就医更加方便。\n';
const utf8 = new TextEncoder().encode(PLAN);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
  return new Uint8Array(be);
}

describe('decodeText', () => {
  it('reads UTF-8 as is, and keeps a BOM as U+FEFF so the text re-encodes to the same bytes', () => {
    expect(decodeText('a.txt', utf8)).toEqual({ text: PLAN, encoding: 'utf-8', notes: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const r = decodeText('a.txt', withBom);
    expect(r.text).toBe(`\uFEFF${PLAN}`);
    expect(new TextEncoder().encode(r.text)).toEqual(withBom);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with BOM into the same text as the UTF-8 form, with a note', (e) => {
    const r = decodeText('a.txt', utf16(PLAN, e));
    expect(r.text).toBe(PLAN);
    expect(r.encoding).toBe(`utf-16${e}`);
    expect(r.notes.map((n) => n.code)).toEqual(['transcoded-utf16']);
  });

  it('transcodes GB18030/GBK into the same text as the UTF-8 form, with a warning', () => {
    const r = decodeText('a.txt', new Uint8Array(iconv.encode(PLAN, 'gb18030')));
    expect(r.text).toBe(PLAN);
    expect(r.encoding).toBe('gb18030');
    expect(r.notes).toMatchObject([{ severity: 'warning', code: 'transcoded-gb18030' }]);
  });

  it.each([
    ['empty', new Uint8Array(), /^a\.txt:1: file is empty$/],
    ['white space', new TextEncoder().encode(' \n\u3000\n'), /^a\.txt:1: file holds only white space$/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /^a\.txt:1: file looks binary/],
    ['UTF-16 with control characters', utf16('\u0001\u0002\u0003', 'le'), /^a\.txt:1: file looks binary/],
    [
      'damaged UTF-8 (one byte cut on line 3)',
      new Uint8Array([...new TextEncoder().encode('一、目标\n\n到2025年'), 0xe5, 0x8e, 0x0a, ...utf8]),
      /^a\.txt:3: not valid UTF-8: 2 bad byte\(s\), the first at byte 24/,
    ],
    [
      'Big5 text (it decodes as GB18030, into rare characters)',
      new Uint8Array(iconv.encode(PLAN.replace(/县/g, '縣').repeat(3), 'big5')),
      /^a\.txt:1: not valid UTF-8 .* not GB18030/,
    ],
    [
      'Latin-1 text',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0xe9]),
      /^a\.txt:1: not valid UTF-8 .* not GB18030/,
    ],
  ])('refuses %s naming file and line', (_, bytes, message) => {
    expect(() => decodeText('a.txt', bytes)).toThrow(message);
  });
});

describe('decodeDeclared (a page’s declared charset)', () => {
  const gb = new Uint8Array(iconv.encode(PLAN, 'gb18030'));

  it('decodes a page declared GB2312 as GB18030, its superset, with an info note', () => {
    const r = decodeDeclared('p.htm', gb, 'gb2312');
    expect(r.text).toBe(PLAN);
    expect(r.notes).toMatchObject([{ severity: 'info', code: 'transcoded-gb18030' }]);
  });

  it('reads UTF-8 bytes as UTF-8 even when the page declares GBK, and warns of the mismatch', () => {
    const r = decodeDeclared('p.htm', utf8, 'gbk');
    expect(r.text).toBe(PLAN);
    expect(r.notes.map((n) => n.code)).toEqual(['charset-mismatch']);
  });

  it('detects GB18030 when a page declares nothing, or declares UTF-8 wrongly', () => {
    expect(decodeDeclared('p.htm', gb, null).text).toBe(PLAN);
    expect(decodeDeclared('p.htm', gb, 'utf-8').notes.map((n) => n.code)).toEqual([
      'transcoded-gb18030',
      'charset-mismatch',
    ]);
  });
});

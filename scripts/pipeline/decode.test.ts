import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../test-support/corpus.ts';
import { decodeBytes, InputError } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const PLAN = '一、总体要求\n（一）指导思想。坚持以人民健康为中心，推进分级诊疗，建设紧密型县域医共体。\n';

describe('decodeBytes', () => {
  it('decodes UTF-8 and keeps a BOM as U+FEFF so offsets match the file read as UTF-8', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PLAN)]);
    const d = decodeBytes('a.txt', withBom);
    expect(d.raw.charCodeAt(0)).toBe(0xfeff);
    expect(d.raw.slice(1)).toBe(PLAN);
    expect(d.encoding).toBe('utf-8');
  });

  it('transcodes GBK with a warning note naming the file', () => {
    const d = decodeBytes('gbk.txt', iconv.encode(PLAN.repeat(3), 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.raw).toBe(PLAN.repeat(3));
    expect(d.notes[0]).toMatchObject({ severity: 'warning', code: 'transcoded-gb18030', where: 'gbk.txt:1' });
  });

  it('reads the GBK fixture plan exactly as iconv-lite does (the stage itself needs no Node Buffer)', () => {
    const bytes = readFileSync(fixturePath('foundation-gbk-d.txt'));
    const d = decodeBytes('foundation-gbk-d.txt', bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.raw).toBe(iconv.decode(bytes, 'gb18030'));
    expect(d.raw).toContain('建成紧密型医联体');
  });

  it.each([
    ['empty', new Uint8Array(), /empty\.txt:1: file is empty/],
    ['white space only', utf8(' \n\u3000\n'), /only white space/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3]), /looks binary/],
    ['English only', utf8('1. Goals\nBy 2025, 90% of visits stay in the county.\n'), /empty\.txt:1: no Chinese text/],
    ['digits and punctuation only', utf8('2025\t90%\n（1）——\n'), /no Chinese text/],
    ['Japanese kana only', utf8('おしらせ\nこれはテストです。\n'), /no Chinese text/],
  ])('refuses %s input with file and line', (_label, bytes, message) => {
    expect(() => decodeBytes('empty.txt', bytes)).toThrow(message);
    expect(() => decodeBytes('empty.txt', bytes)).toThrow(InputError);
  });

  it('refuses damaged UTF-8 (a few bad bytes) instead of reading it as GBK, naming the line', () => {
    const good = utf8(`${PLAN}${PLAN}`);
    const bad = new Uint8Array([...good.slice(0, 60), 0xff, 0xfe, ...good.slice(60)]);
    const line = new TextDecoder().decode(good.slice(0, 60)).split('\n').length;
    expect(() => decodeBytes('bad.txt', bad)).toThrow(new RegExp(`bad\\.txt:${line}: not valid UTF-8`));
  });

  it.each([
    ['one Chinese word among English', 'Plan for 医共体 reform\n'],
    ['a traditional-character line', '一、總體要求\n'],
    ['an extension-A character only', '\u3400\n'],
  ])('accepts text with any Chinese: %s', (_label, text) => {
    expect(decodeBytes('a.txt', utf8(text)).raw).toBe(text);
  });

  it('refuses a file cut in the middle of a UTF-8 character', () => {
    const good = utf8(PLAN);
    expect(() => decodeBytes('cut.txt', good.slice(0, good.length - 2))).toThrow(/cut\.txt:\d+: not valid UTF-8/);
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeZip } from './zip.ts';

const enc = new TextEncoder();
const entries = [
  { name: 'b.csv', bytes: enc.encode('\uFEFFdoc_id\r\nguyuan\r\n') },
  { name: 'a.json', bytes: enc.encode('[{"doc_id":"杭锦旗"}]\n') },
];

describe('makeZip', () => {
  it('round-trips every file under one folder', () => {
    const files = unzipSync(makeZip(entries, 'release-0.1.0'));
    expect(Object.keys(files)).toEqual(['release-0.1.0/a.json', 'release-0.1.0/b.csv']);
    expect(new TextDecoder().decode(files['release-0.1.0/a.json'])).toBe('[{"doc_id":"杭锦旗"}]\n');
  });

  it('gives the same bytes for the same files in any order, at any time, in any time zone', () => {
    const a = makeZip(entries, 'r');
    // First local header: signature PK\x03\x04, DOS time at offset 10 (0 = 00:00:00), date at 12 (0x0021 = 1980-01-01).
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
    const b = makeZip([...entries].reverse(), 'r');
    const tz = process.env['TZ'];
    process.env['TZ'] = 'Asia/Shanghai';
    const c = makeZip(entries, 'r');
    process.env['TZ'] = 'America/Los_Angeles';
    const d = makeZip(entries, 'r');
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(d).equals(Buffer.from(a))).toBe(true);
  });

  it('refuses a name listed twice', () => {
    expect(() => makeZip([entries[0]!, entries[0]!], 'r')).toThrow(/listed twice/);
  });
});

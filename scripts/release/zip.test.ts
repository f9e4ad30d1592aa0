import { spawnSync } from 'node:child_process';
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

  it('gives the same bytes for the same files in any order', () => {
    const a = makeZip(entries, 'r');
    // First local header: signature PK\x03\x04, DOS time at offset 10 (0 = 00:00:00), date at 12 (0x0021 = 1980-01-01).
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
    const b = makeZip([...entries].reverse(), 'r');
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  // TZ is read when a process starts (a worker thread cannot change it), so each zone gets its own process.
  it('gives the same bytes in every time zone (one process per zone)', () => {
    const code = `
      import { createHash } from 'node:crypto';
      import { makeZip } from ${JSON.stringify(new URL('./zip.ts', import.meta.url).pathname)};
      const enc = new TextEncoder();
      const zip = makeZip([{ name: 'b.csv', bytes: enc.encode('doc_id') }, { name: 'a.json', bytes: enc.encode('[]') }], 'r');
      console.log(JSON.stringify({ offset: new Date(1980, 0, 1).getTimezoneOffset(), sha: createHash('sha256').update(zip).digest('hex') }));
    `;
    const runs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { offset: number; sha: string };
    });
    // The zones really differ in the children (else this test could not fail) …
    expect(new Set(runs.map((r) => r.offset)).size).toBe(4);
    // … and the bytes do not.
    expect(new Set(runs.map((r) => r.sha)).size).toBe(1);
  });

  it('refuses a name listed twice', () => {
    expect(() => makeZip([entries[0]!, entries[0]!], 'r')).toThrow(/listed twice/);
  });
});

import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeZip, makeZipParts } from './zip.ts';

const enc = new TextEncoder();
const entries = [
  { name: 'b.csv', bytes: enc.encode('\uFEFFdoc_id\r\nguyuan\r\n') },
  { name: 'a.json', bytes: enc.encode('[{"doc_id":"杭锦旗"}]\n') },
];

/** Date#getTimezoneOffset() on 1980-01-01 in each zone (minutes behind UTC). */
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Shanghai': -480,
  'America/Los_Angeles': 480,
  'Asia/Kolkata': -330,
};

/** makeZip(entries, 'r') run by a fresh Node process whose TZ is `tz`, with that process's time-zone offset. */
function zipInTimeZone(tz: string): { zip: Buffer; offset: number } {
  const script = `
    import { makeZip } from ${JSON.stringify(new URL('./zip.ts', import.meta.url).href)};
    const entries = ${JSON.stringify(entries.map((e) => ({ name: e.name, bytes: [...e.bytes] })))}
      .map((e) => ({ name: e.name, bytes: Uint8Array.from(e.bytes) }));
    const zip = Buffer.from(makeZip(entries, 'r')).toString('base64');
    process.stdout.write(JSON.stringify({ zip, offset: new Date(1980, 0, 1).getTimezoneOffset() }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`node in TZ=${tz} exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { zip: string; offset: number };
  return { zip: Buffer.from(out.zip, 'base64'), offset: out.offset };
}

describe('makeZip', () => {
  it('round-trips every file under one folder', () => {
    const files = unzipSync(makeZip(entries, 'release-0.1.0'));
    expect(Object.keys(files)).toEqual(['release-0.1.0/a.json', 'release-0.1.0/b.csv']);
    expect(new TextDecoder().decode(files['release-0.1.0/a.json'])).toBe('[{"doc_id":"杭锦旗"}]\n');
  });

  it('gives the same bytes for the same files in any order, at any time', () => {
    const a = makeZip(entries, 'r');
    // First local header: signature PK\x03\x04, DOS time at offset 10 (0 = 00:00:00), date at 12 (0x0021 = 1980-01-01).
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
    const b = makeZip([...entries].reverse(), 'r');
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  // A process reads TZ once; setting process.env.TZ in a test worker changes nothing. So each zone gets its own process.
  it.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Asia/Kolkata'])(
    'gives the same bytes in time zone %s',
    (tz) => {
      const child = zipInTimeZone(tz);
      // The child really ran in that zone (offset of 1980-01-01 in minutes, as Date reports it).
      expect(child.offset).toBe(OFFSETS[tz]);
      expect(child.zip.equals(Buffer.from(makeZip(entries, 'r')))).toBe(true);
    },
  );
  it('refuses a name listed twice', () => {
    expect(() => makeZip([entries[0]!, entries[0]!], 'r')).toThrow(/listed twice/);
  });
});

/** Deterministic bytes deflate cannot shrink (xorshift), so a zip's size follows its files' sizes. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('makeZipParts', () => {
  // 3,000 "sources" of 1–3 KB each: ~6 MB in zips of at most 256 KB.
  const many = Array.from({ length: 3000 }, (_, i) => ({
    name: `sources/plan-${String(i).padStart(4, '0')}.txt`,
    bytes: noise(1000 + ((i * 7919) % 2000), i + 1),
  }));
  const CAP = 256 * 1024;
  const parts = makeZipParts(many, 'r', CAP);

  it('keeps every zip within the size, whatever the number of files', () => {
    expect(parts.length).toBeGreaterThan(20);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(CAP);
  });

  it('the parts unzipped together hold exactly the single zip’s files, each once, in name order', () => {
    const whole = unzipSync(makeZip(many, 'r'));
    const names = parts.flatMap((p) => Object.keys(unzipSync(p)));
    expect(names).toEqual(Object.keys(whole).sort());
    const merged = Object.assign({}, ...parts.map((p) => unzipSync(p))) as Record<string, Uint8Array>;
    for (const [name, bytes] of Object.entries(whole))
      expect(Buffer.from(merged[name]!).equals(bytes), name).toBe(true);
  });

  it('is the single zip, byte for byte, when everything fits', () => {
    const one = makeZipParts(entries, 'r', CAP);
    expect(one).toHaveLength(1);
    expect(Buffer.from(one[0]!).equals(Buffer.from(makeZip(entries, 'r')))).toBe(true);
  });

  it('gives a file larger than the size a zip of its own, dropping nothing', () => {
    const big = { name: 'm.bin', bytes: noise(4096, 7) };
    const out = makeZipParts([...entries, big], 'r', 1024);
    expect(out.map((p) => Object.keys(unzipSync(p)))).toEqual([['r/a.json', 'r/b.csv'], ['r/m.bin']]);
    expect(out[1]!.length).toBeGreaterThan(1024);
  });
});

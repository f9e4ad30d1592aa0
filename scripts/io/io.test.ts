import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';
import { writeAtomic, writeIfChanged } from './write-atomic.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('lists files under sub-directories, sorted, with / separators; directories are not files', () => {
    dir = mkdtempSync(join(tmpdir(), 'list-'));
    mkdirSync(join(dir, 'b/c'), { recursive: true });
    for (const f of ['z.md', 'a.json', 'b/c/d.json', 'b/e.txt']) writeFileSync(join(dir, f), f);
    expect(listFiles(dir)).toEqual(['a.json', 'b/c/d.json', 'b/e.txt', 'z.md']);
    expect(listFiles(dir, { ext: '.json' })).toEqual(['a.json', 'b/c/d.json']);
    expect(listFiles(dir, { recursive: false })).toEqual(['a.json', 'z.md']);
  });
});

describe('writeAtomic', () => {
  it('creates the directory, writes the bytes and leaves no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeAtomic(join(dir, 'x/y.bin'), new Uint8Array([0, 255]));
    writeAtomic(join(dir, 'x/z.txt'), '县域');
    expect([...readFileSync(join(dir, 'x/y.bin'))]).toEqual([0, 255]);
    expect(readFileSync(join(dir, 'x/z.txt'), 'utf8')).toBe('县域');
    expect(readdirSync(join(dir, 'x')).sort()).toEqual(['y.bin', 'z.txt']);
  });
});

describe('writeIfChanged', () => {
  it('writes new or different bytes and leaves a file holding the same bytes alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'changed-'));
    const f = join(dir, 's/0001.json');
    expect(writeIfChanged(f, '{"医保":[1]}')).toBe(true);
    const before = statSync(f).mtimeMs;
    expect(writeIfChanged(f, '{"医保":[1]}')).toBe(false);
    expect(statSync(f).mtimeMs).toBe(before);
    expect(writeIfChanged(f, new TextEncoder().encode('{"医保":[1]}'))).toBe(false);
    // Same length, other bytes.
    expect(writeIfChanged(f, '{"医保":[2]}')).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('{"医保":[2]}');
  });
});

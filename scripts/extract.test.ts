// The one-file CLI as a user runs it: JSON on stdout for a plan, a named error and nothing on stdout for bad input.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT } from './test-support/corpus.ts';

function extract(file: string) {
  const r = spawnSync(process.execPath, ['scripts/extract.ts', file], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run extract -- <file>', () => {
  it('prints one JSON object with the document and its sections for a plan not in the corpus', () => {
    const r = extract(fixturePath('foundation-county-a.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { document: Record<string, unknown>; sections: Record<string, unknown>[] };
    expect(out.document).toMatchObject({
      title_zh: '临安县紧密型县域医共体建设实施方案',
      doc_number: '临卫发〔2021〕12号',
      issue_date: '2021-03-05',
      issuer_zh: '临安县人民政府办公室',
      recipients_zh: '各乡镇人民政府，县直各有关单位',
      complete: true,
      attachments_referenced: 2,
      attachments_missing: 1,
    });
    expect(out.sections.map((s) => s['section_id'])).toEqual([
      'cover',
      'preamble',
      's1',
      's2',
      's2.1',
      's2.1.1',
      's2.1.2',
      's2.2',
      's2.2.1',
      's2.2.2',
      's3',
      'attachments',
      'a1',
    ]);
    expect(out.sections.find((s) => s['section_id'] === 's2.1.1')).toMatchObject({
      label: '１、',
      level: 3,
      heading_zh: '组建县人民医院医共体',
    });
  });

  it.each([
    [
      'foundation-markdown-b.md.txt',
      '青山市推进医疗联合体建设工作方案',
      ['preamble', 's1', 's2', 's2.1', 's2.1.1', 's2.1.2', 's3'],
    ],
    ['foundation-table-c.txt', '河西区深化医改实施方案', ['preamble', 's1', 's2']],
    ['foundation-gbk-d.txt', '河西区深化医改实施方案', ['preamble', 's1', 's2']],
    [
      'foundation-bom-e.txt',
      '青山市推进医疗联合体建设工作方案',
      ['preamble', 's1', 's2', 's2.1', 's2.1.1', 's2.1.2', 's3'],
    ],
  ])('%s: title and outline', (file, title, sections) => {
    const r = extract(fixturePath(file));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { document: { title_zh: string }; sections: { section_id: string }[] };
    expect(out.document.title_zh).toBe(title);
    expect(out.sections.map((s) => s.section_id)).toEqual(sections);
  });

  it.each([
    ['bad-empty.txt', /bad-empty\.txt:1: file is empty/],
    ['bad-whitespace.txt', /bad-whitespace\.txt:1: file holds only white space/],
    ['bad-binary.txt', /bad-binary\.txt:1: file looks binary/],
    ['bad-invalid-utf8.txt', /bad-invalid-utf8\.txt:3: not valid UTF-8/],
    ['bad-no-chinese.txt', /bad-no-chinese\.txt:1: no Chinese text/],
    ['does-not-exist.txt', /does-not-exist\.txt: no such file/],
  ])('%s: exits non-zero, names the file and problem, prints nothing on stdout', (file, message) => {
    const r = extract(fixturePath(file));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('reads a Chinese text without headings as one body and says so, rather than refusing it', () => {
    const r = extract(fixturePath('notice-no-outline.txt'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { sections: { section_id: string }[]; document_notes: { code: string }[] };
    expect(out.sections.map((s) => s.section_id)).toEqual(['preamble']);
    expect(out.document_notes.map((n) => n.code)).toContain('no-outline');
  });
});

describe('npm run extract -- --explain <file>', () => {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints, per paragraph, the targets found and the numbers skipped with their reasons', () => {
    const r = run('--explain', fixturePath('targets-annual-genre.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('targets-annual-genre.txt: 南溪县2025年卫生健康重点工作计划');
    expect(lines).toContain('  ✓ target          医护比 [doctor_nurse_ratio] ≥ 1.2 ratio by 2025 «医护比达到1:1.2»');
    expect(lines).toContain('  · skipped         65岁及以上: an age that defines a population');
    expect(lines.some((l) => /^line \d+ {2}（二）完善医保支付。从2025年起/.test(l))).toBe(true);
  });

  it('--explain with --text is a usage error, nothing on stdout', () => {
    const r = run('--explain', '--text', fixturePath('targets-annual-genre.txt'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: .*--explain/);
  });

  it('bad input is refused as without --explain', () => {
    const r = run('--explain', fixturePath('bad-empty.txt'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad-empty.txt');
  });
});

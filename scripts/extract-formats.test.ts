// Every format through the CLI as a user runs it: the same plan as .docx, .html, a saved government page, .pdf
// (printed by Chromium), GB18030 or UTF-16 text gives the same targets as its .txt; bad files give their error.
//
// What is compared: each target's indicator_zh, indicator_id, comparator, value, value_max, unit, target_year,
// base_year, aspirational, source_kind and quote. Offsets are not compared across formats: converted texts have
// no blank lines and (PDF) no indentation, so offsets shift; within each output `text.slice(start, end) === quote`.
// GB18030 and UTF-16 files must give the very same canonical text as their UTF-8 form.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oleFile, passwordPdf, plainZip } from './test-support/bad-files.ts';
import { fixturePath, ROOT } from './test-support/corpus.ts';
import { planToDocx, planToGovPage, planToHtml } from './measure/plan-formats.ts';
import { printPlanPdfs, runningHeader } from './test-support/pdf-fixtures.ts';

const PLANS = ['formats-county-f', 'foundation-county-a', 'targets-year-columns', 'misc-prefecture-c'];
const FORMATS = ['docx', 'html', 'pdf'] as const;

type Row = Record<string, unknown>;
interface Output {
  document: Row;
  page_metadata: Row[];
  targets: Row[];
  document_notes: Row[];
}

let dir = '';

function cli(file: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, ['scripts/extract.ts', join(dir, file), ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const outputs = new Map<string, Output>();

/** The CLI's JSON for a file (each file is run once). */
function extract(file: string): Output {
  let out = outputs.get(file);
  if (!out) {
    const r = cli(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    out = JSON.parse(r.stdout) as Output;
    outputs.set(file, out);
  }
  return out;
}

/** Spawning the CLI twice on a loaded 2-core machine takes seconds: no test here is about time. */
const SLOW = 120_000;

const KEYS = [
  'indicator_zh',
  'indicator_id',
  'comparator',
  'value',
  'value_max',
  'unit',
  'target_year',
  'base_year',
  'aspirational',
  'source_kind',
  'quote',
];
const targetsOf = (o: Output) => o.targets.map((t) => Object.fromEntries(KEYS.map((k) => [k, t[k]])));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'formats-'));
  const pdfs = await printPlanPdfs(PLANS);
  for (const id of PLANS) {
    const txt = readFileSync(fixturePath(`${id}.txt`), 'utf8');
    copyFileSync(fixturePath(`${id}.txt`), join(dir, `${id}.txt`));
    writeFileSync(join(dir, `${id}.docx`), await planToDocx(txt));
    writeFileSync(join(dir, `${id}.html`), planToHtml(txt));
    writeFileSync(join(dir, `${id}.pdf`), pdfs.plans.get(id) as Uint8Array);
  }
  const plan = readFileSync(fixturePath('formats-county-f.txt'), 'utf8');
  // Same file name in other encodings, so doc ids (and every id built on them) are the same.
  const le = Buffer.from(`\uFEFF${plan}`, 'utf16le');
  const encodings: Record<string, Uint8Array> = {
    gb18030: iconv.encode(plan, 'gb18030'),
    'utf-16le': le,
    'utf-16be': Buffer.from(le).swap16(),
  };
  for (const [name, bytes] of Object.entries(encodings)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'formats-county-f.txt'), bytes);
  }
  const table = readFileSync(fixturePath('targets-year-columns.txt'), 'utf8');
  const page = planToGovPage(table, {
    title: runningHeader(table),
    charset: 'gb2312',
    metadata: [
      ['索引号', '11331100MB1234567X/2024-00031'],
      ['主题分类', '卫生、体育'],
      ['发布机构', '东山县卫生健康局'],
      ['成文日期', '2024年01月22日'],
      ['文号', '东卫发〔2024〕3号'],
      ['发布日期', '2024-01-25'],
    ],
  });
  writeFileSync(join(dir, 'gov-page.htm'), iconv.encode(page, 'gb18030'));
  writeFileSync(join(dir, 'scanned.pdf'), pdfs.scanned);
  writeFileSync(join(dir, 'locked.pdf'), passwordPdf());
  writeFileSync(join(dir, 'renamed.docx'), plainZip());
  writeFileSync(join(dir, 'old.doc'), oleFile(false));
  writeFileSync(join(dir, 'old-renamed.docx'), oleFile(false));
  writeFileSync(join(dir, 'encrypted.docx'), oleFile(true));
  writeFileSync(join(dir, 'plan.rtf'), '{\\rtf1 一、总体目标}');
  writeFileSync(join(dir, 'empty.pdf'), '');
  writeFileSync(join(dir, 'huge.pdf'), Buffer.alloc(20 * 2 ** 20 + 1, 0x25));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(PLANS)('%s: every format gives the targets of the .txt', (id) => {
  let txt: Output;
  beforeAll(() => {
    txt = extract(`${id}.txt`);
  }, SLOW);

  it.each(FORMATS)(
    '.%s',
    (format) => {
      const out = extract(`${id}.${format}`);
      expect(targetsOf(txt).length).toBeGreaterThan(0);
      expect(targetsOf(out)).toEqual(targetsOf(txt));
      const doc = out.document;
      for (const k of ['title_zh', 'doc_number', 'issue_date', 'issuer_zh', 'recipients_zh', 'complete']) {
        expect([k, doc[k]]).toEqual([k, txt.document[k]]);
      }
      expect(doc['original_format']).toBe(format);
      expect(doc['original_sha256']).toBe(sha256(readFileSync(join(dir, `${id}.${format}`))));
    },
    SLOW,
  );

  it(
    '.pdf: the canonical text holds every quote at its offsets, and the notes say what was done',
    () => {
      const out = extract(`${id}.pdf`);
      const text = cli(`${id}.pdf`, '--text').stdout;
      expect(out.document['sha256']).toBe(sha256(new TextEncoder().encode(text)));
      for (const t of out.targets) expect(text.slice(t['start'] as number, t['end'] as number)).toBe(t['quote']);
      const codes = out.document_notes.map((n) => n['code']);
      for (const code of ['pdf-header-removed', 'pdf-page-number-removed', 'pdf-lines-joined', 'radicals-folded']) {
        expect(codes).toContain(code);
      }
    },
    SLOW,
  );
});

describe('text in other encodings', () => {
  it.each(['gb18030', 'utf-16le', 'utf-16be'])(
    '%s gives the same canonical text (so the same offsets) and the same targets as UTF-8',
    (encoding) => {
      const file = `${encoding}/formats-county-f.txt`;
      const utf8 = extract('formats-county-f.txt');
      const out = extract(file);
      expect(cli(file, '--text').stdout).toBe(readFileSync(fixturePath('formats-county-f.txt'), 'utf8'));
      expect(out.targets).toEqual(utf8.targets);
      // As in data/raw, a text file is its own raw file: its hash, whatever its encoding.
      const hash = sha256(readFileSync(join(dir, file)));
      expect([out.document['sha256'], out.document['original_sha256'], out.document['original_format']]).toEqual([
        hash,
        hash,
        'txt',
      ]);
      const code = encoding === 'gb18030' ? 'transcoded-gb18030' : 'transcoded-utf16';
      expect(out.document_notes.map((n) => n['code'])).toContain(code);
    },
    SLOW,
  );
});

describe('a saved government page (GB2312, navigation, metadata table, footer)', () => {
  it('gives the plan’s targets, and the metadata table fills what the text does not state', () => {
    const txt = extract('targets-year-columns.txt');
    const out = extract('gov-page.htm');
    expect(targetsOf(out)).toEqual(targetsOf(txt));
    expect(out.document).toMatchObject({
      title_zh: '东山县紧密型县域医共体建设三年行动方案',
      title_origin: 'text',
      issuer_zh: '东山县卫生健康局',
      issuer_origin: 'page-metadata',
      doc_number: '东卫发〔2024〕3号',
      issue_date: '2024-01-22',
      issue_year: 2024,
      original_format: 'html',
    });
    expect(out.page_metadata.map((m) => [m['label'], m['value'], m['origin']])).toEqual([
      ['索引号', '11331100MB1234567X/2024-00031', 'page-metadata'],
      ['发布机构', '东山县卫生健康局', 'page-metadata'],
      ['文号', '东卫发〔2024〕3号', 'page-metadata'],
      ['成文日期', '2024年01月22日', 'page-metadata'],
      ['发布日期', '2024-01-25', 'page-metadata'],
      ['主题分类', '卫生、体育', 'page-metadata'],
    ]);
    const text = cli('gov-page.htm', '--text').stdout;
    for (const chrome of ['当前位置', '分享到', '打印本页', '相关文件', '版权所有', '99%', '95%'])
      expect(text).not.toContain(chrome);
  });
});

describe('bad files: exit 1, `file: problem` on stderr, nothing on stdout', () => {
  it.each([
    ['scanned.pdf', /^extract: scanned\.pdf: no text layer: a scanned PDF/],
    ['locked.pdf', /^extract: locked\.pdf: password-protected PDF/],
    ['renamed.docx', /^extract: renamed\.docx: a zip archive but not a Word document/],
    ['old.doc', /^extract: old\.doc: legacy Word \.doc \(OLE compound file\)/],
    ['old-renamed.docx', /^extract: old-renamed\.docx: legacy Word \.doc \(OLE compound file\), not \.docx/],
    ['encrypted.docx', /^extract: encrypted\.docx: password-protected \(encrypted\) Office file/],
    [
      'plan.rtf',
      /^extract: plan\.rtf: unsupported file type \.rtf: accepted are \.txt, \.md, \.html, \.htm, \.docx, \.pdf/,
    ],
    ['empty.pdf', /^extract: empty\.pdf: file is empty/],
    ['huge.pdf', /^extract: huge\.pdf: file is 20\.0 MB \(20971521 bytes\), over the 20 MB limit for one plan/],
  ])(
    '%s',
    (file, message) => {
      const r = cli(file);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    },
    SLOW,
  );
});

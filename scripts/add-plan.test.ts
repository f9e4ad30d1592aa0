// `npm run add` on a copy of data/: a .docx and a saved government page go into the corpus, and the pipeline
// (what `npm run data` runs) includes them with no code change; existing ids and unreadable files are refused.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline/run-pipeline.ts';
import { readManifest, readSources, readVocabularies } from './read-sources.ts';
import { fixturePath, ROOT } from './test-support/corpus.ts';
import { planLines, planToDocx, planToGovPage } from './measure/plan-formats.ts';

let tmp = '';
let data = '';
const SLOW = 120_000;
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

function add(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/add-plan.ts', ...args, '--data', data], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Entry {
  doc_id: string;
  place_zh: string;
  level: string;
  issuer_zh?: string;
  title_zh?: string;
  issue_year?: number;
  latitude: number | null;
  origins: Record<string, string>;
}
const manifestEntry = (id: string) =>
  (JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as { documents: Entry[] }).documents.find(
    (d) => d.doc_id === id,
  );

const plan = readFileSync(fixturePath('formats-county-f.txt'), 'utf8');
const table = readFileSync(fixturePath('targets-year-columns.txt'), 'utf8');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'add-'));
  data = join(tmp, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  writeFileSync(join(tmp, 'qingxi.docx'), await planToDocx(plan));
  const page = planToGovPage(table, {
    title: '东山县紧密型县域医共体建设三年行动方案',
    charset: 'gbk',
    metadata: [
      ['索引号', '11331100MB1234567X/2024-00031'],
      ['发布机构', '东山县卫生健康局'],
      ['成文日期', '2024年01月22日'],
      ['文号', '东卫发〔2024〕3号'],
    ],
  });
  writeFileSync(join(tmp, '东山县三年行动方案.htm'), iconv.encode(page, 'gb18030'));
  writeFileSync(join(tmp, 'notes.txt'), 'Meeting notes\n\nWe discussed the county health alliance.\n');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run add', () => {
  it(
    'writes the canonical text, keeps the original, appends a manifest stub and says what is left to fill in',
    () => {
      const r = add(join(tmp, 'qingxi.docx'));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const raw = readFileSync(join(data, 'raw/qingxi.txt'), 'utf8');
      expect(raw).toBe(`${planLines(plan).join('\n')}\n`);
      expect(readFileSync(join(data, 'raw/originals/qingxi.docx'))).toEqual(readFileSync(join(tmp, 'qingxi.docx')));
      expect(manifestEntry('qingxi')).toEqual({
        doc_id: 'qingxi',
        file: 'qingxi.txt',
        place_zh: '青溪县',
        place_en: '',
        level: 'county',
        province_zh: '',
        province_en: '',
        latitude: null,
        longitude: null,
        title_zh: '青溪县紧密型县域医疗卫生共同体建设实施方案',
        issuer_zh: '青溪县人民政府办公室',
        issue_year: 2024,
        origins: {
          place_zh: 'GUESS by npm run add from the issuer 青溪县人民政府办公室: check it',
          level: "GUESS by npm run add from the name's suffix (青溪县): check it",
          title_zh: 'text of qingxi.docx (npm run add); the pipeline reads the text first',
          issuer_zh: 'text of qingxi.docx (npm run add); the pipeline reads the text first',
          issue_year: 'text (date 2024-03-18) of qingxi.docx (npm run add)',
        },
      });
      expect(r.stdout).toContain(
        'still to fill in by hand, each with its origin in "origins": place_zh, place_en, level, province_zh, province_en, latitude, longitude',
      );
    },
    SLOW,
  );

  it(
    'takes the issuer and date of a saved page from its metadata table when the text lacks them (--id for a Chinese name)',
    () => {
      const noId = add(join(tmp, '东山县三年行动方案.htm'));
      expect(noId.code).toBe(1);
      expect(noId.stderr).toMatch(
        /^add: 东山县三年行动方案\.htm: no document id can be made from the file name; pass --id/,
      );
      const r = add(join(tmp, '东山县三年行动方案.htm'), '--id', 'dongshan');
      expect(r.code).toBe(0);
      expect(manifestEntry('dongshan')).toMatchObject({
        place_zh: '东山县',
        issuer_zh: '东山县卫生健康局',
        issue_year: 2024,
        origins: {
          issuer_zh:
            "page metadata (the saved page's metadata table) of 东山县三年行动方案.htm (npm run add); the pipeline reads the text first",
          issue_year: 'page metadata (date 2024-01-22) of 东山县三年行动方案.htm (npm run add)',
        },
      });
      expect(existsSync(join(data, 'raw/originals/dongshan.htm'))).toBe(true);
    },
    SLOW,
  );

  it(
    'then the pipeline (npm run data) includes both, with the original format and hash, and every quote at its offsets',
    () => {
      const sources = readSources(join(data, 'raw')).map((s) => ({ ...s, sourceFile: `data/raw/${s.fileName}` }));
      const { datasets } = runPipeline(sources, readManifest(data), readVocabularies(join(data, 'vocab')));
      const docs = datasets['documents'] ?? [];
      expect(docs.map((d) => d['doc_id'])).toEqual([
        'dongshan',
        'guyuan',
        'hangjin',
        'henan',
        'jieshou',
        'qingxi',
        'yulin',
      ]);
      const qingxi = docs.find((d) => d['doc_id'] === 'qingxi');
      expect(qingxi).toMatchObject({
        original_format: 'docx',
        original_sha256: sha256(readFileSync(join(tmp, 'qingxi.docx'))),
        sha256: sha256(readFileSync(join(data, 'raw/qingxi.txt'))),
        place_zh: '青溪县',
        issuer_origin: 'text',
      });
      expect(docs.find((d) => d['doc_id'] === 'dongshan')).toMatchObject({
        original_format: 'html',
        issuer_zh: '东山县卫生健康局',
        issuer_origin: 'manifest',
      });
      expect(docs.find((d) => d['doc_id'] === 'guyuan')).toMatchObject({ original_format: 'txt' });
      for (const id of ['qingxi', 'dongshan']) {
        const raw = readFileSync(join(data, `raw/${id}.txt`), 'utf8');
        const targets = (datasets['targets'] ?? []).filter((t) => t['doc_id'] === id);
        expect(targets.length).toBeGreaterThan(0);
        for (const t of targets) expect(raw.slice(t['start'] as number, t['end'] as number)).toBe(t['quote']);
      }
    },
    SLOW,
  );

  it(
    'refuses an existing doc id and a file the pipeline cannot read, writing nothing',
    () => {
      const before = readFileSync(join(data, 'manifest.json'), 'utf8');
      const again = add(join(tmp, 'qingxi.docx'));
      expect(again.code).toBe(1);
      expect(again.stdout).toBe('');
      expect(again.stderr).toMatch(/^add: qingxi: .*raw\/qingxi\.txt exists; choose another --id/);
      const taken = add(join(tmp, 'qingxi.docx'), '--id', 'guyuan');
      expect(taken.stderr).toMatch(/^add: guyuan: .*raw\/guyuan\.txt exists/);
      const notPlan = add(join(tmp, 'notes.txt'));
      expect(notPlan.code).toBe(1);
      expect(notPlan.stderr).toMatch(/^add: notes\.txt → notes\.txt:1: no Chinese text.*\(nothing written\)$/m);
      expect(existsSync(join(data, 'raw/notes.txt'))).toBe(false);
      expect(readFileSync(join(data, 'manifest.json'), 'utf8')).toBe(before);
    },
    SLOW,
  );
});

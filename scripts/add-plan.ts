// `npm run add -- <file> [--id <doc_id>] [--data <dir>]`: put a plan into the corpus. Converts the file, checks
// that the pipeline reads it, writes data/raw/<doc_id>.txt (the canonical text, UTF-8), keeps the original as
// data/raw/originals/<doc_id>.<ext>, appends a manifest stub, and prints what a person still has to fill in.
// Refuses to overwrite: an existing doc id stops it before anything is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { nodeLoaders } from './convert-loaders.ts';
import { InputError } from './pipeline/index.ts';
import {
  canonicalBytes,
  checkSize,
  convertFile,
  ConvertError,
  docIdFromFileName,
  extractConverted,
  isDocId,
} from './pipeline/index.ts';
import { appendEntry, manifestStub } from './pipeline/manifest-stub.ts';
import { DATA_DIR, readVocabularies } from './read-sources.ts';

function fail(message: string): never {
  process.stderr.write(`add: ${message}\n`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

const args = process.argv.slice(2);
const givenId = option(args, '--id');
const dataDir = option(args, '--data') ?? DATA_DIR;
const file = args[0];
if (!file || args.length > 1) fail('usage: npm run add -- <plan.txt|.md|.html|.docx|.pdf> [--id <doc_id>]');
if (!existsSync(file) || !statSync(file).isFile()) fail(`${file}: no such file`);

const fileName = basename(file);
const docId = givenId ?? docIdFromFileName(fileName);
if (!docId) fail(`${fileName}: no document id can be made from the file name; pass --id <doc_id> (a-z, 0-9, - and _)`);
if (!isDocId(docId)) fail(`--id ${docId}: a document id is a-z, 0-9, - and _, starting with a letter or digit`);
const rawDir = join(dataDir, 'raw');
const originalsDir = join(rawDir, 'originals');
const rawPath = join(rawDir, `${docId}.txt`);
const manifestPath = join(dataDir, 'manifest.json');
const manifestText = readFileSync(manifestPath, 'utf8');
if (existsSync(rawPath)) fail(`${docId}: ${rawPath} exists; choose another --id`);
if (existsSync(originalsDir) && readdirSync(originalsDir).some((n) => basename(n, extname(n)) === docId)) {
  fail(`${docId}: an original named ${docId}.* is already in ${originalsDir}; choose another --id`);
}
if ((JSON.parse(manifestText) as { documents: { doc_id: string }[] }).documents.some((d) => d.doc_id === docId)) {
  fail(`${docId}: data/manifest.json already has this doc_id; choose another --id`);
}

try {
  checkSize(fileName, statSync(file).size);
  const bytes = new Uint8Array(readFileSync(file));
  const converted = await convertFile({ fileName, bytes }, nodeLoaders);
  const text = canonicalBytes(converted);
  // Parse before writing anything: a file the pipeline cannot read is refused here, not in `npm run data`.
  const { datasets, doc, filledFromPage } = extractConverted(
    converted,
    { docId, fileName: `${docId}.txt`, sourceFile: rawPath, sha256: sha256(text), originalSha256: sha256(bytes) },
    readVocabularies(join(dataDir, 'vocab')),
  );
  const row = datasets['documents']?.[0] as Record<string, string | number | null>;
  const origin = (o: unknown) => (o === 'page-metadata' ? `page metadata (the saved page's metadata table)` : 'text');
  const { entry, toFill } = manifestStub({
    docId,
    titleZh: (row['title_zh'] as string | null) ?? null,
    titleOrigin: origin(row['title_origin']),
    issuerZh: (row['issuer_zh'] as string | null) ?? null,
    issuerOrigin: origin(row['issuer_origin']),
    issueYear: (row['issue_year'] as number | null) ?? null,
    yearOrigin: filledFromPage.includes('issue_date')
      ? `page metadata (date ${String(row['issue_date'])})`
      : `text (date ${String(row['issue_date'])})`,
    sourceName: fileName,
  });
  const manifestOut = appendEntry(manifestText, entry);

  mkdirSync(rawDir, { recursive: true });
  writeAtomic(rawPath, text);
  const keepOriginal = converted.format !== 'txt' || sha256(bytes) !== sha256(text);
  let originalPath = '';
  if (keepOriginal) {
    mkdirSync(originalsDir, { recursive: true });
    originalPath = join(originalsDir, `${docId}${extname(fileName).toLowerCase()}`);
    writeAtomic(originalPath, bytes);
  }
  writeAtomic(manifestPath, manifestOut);

  const rel = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
  const lines = [
    `added ${docId}: ${rel(rawPath)} (${converted.text.length} characters, the canonical text of ${fileName} as ${converted.format})`,
    keepOriginal ? `original kept as ${rel(originalPath)} (sha256 ${sha256(bytes)})` : `the text is the original`,
    `manifest stub appended to ${rel(manifestPath)}:`,
    ...Object.entries(entry)
      .filter(([k]) => k !== 'origins' && k !== 'doc_id' && k !== 'file')
      .map(
        ([k, v]) =>
          `  ${k.padEnd(12)} ${JSON.stringify(v)}${(entry['origins'] as Record<string, string>)[k] ? `   ← ${(entry['origins'] as Record<string, string>)[k]}` : ''}`,
      ),
    `still to fill in by hand, each with its origin in "origins": ${toFill.join(', ')}`,
    `parsed: ${doc.sections.length} sections, ${(datasets['targets'] ?? []).length} targets; ${doc.front.complete ? 'complete' : `INCOMPLETE: ${doc.front.completenessNote}`}`,
    ...doc.notes.filter((n) => n.severity !== 'info').map((n) => `  ${n.severity}: ${n.code}: ${n.message}`),
    `then: npm run data`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (err) {
  // Pipeline errors name the canonical text (lines count in it); it was not written.
  if (err instanceof InputError) fail(`${fileName} → ${err.message} (nothing written)`);
  fail(err instanceof ConvertError ? err.message : `${file}: ${(err as Error).message}`);
}

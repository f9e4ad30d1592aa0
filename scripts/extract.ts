// `npm run --silent extract -- plan.txt|.md|.html|.docx|.pdf [--text|--explain]`: one plan to one JSON object on
// stdout (with --text: its canonical text, the text every offset points into; with --explain: per paragraph, what
// was found and what was skipped and why, as plain text); errors on stderr, exit 1.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeLoaders } from './convert-loaders.ts';
import {
  canonicalBytes,
  checkSize,
  convertFile,
  ConvertError,
  docIdFromFileName,
  explainExtraction,
  extractConverted,
  InputError,
  type ConvertResult,
} from './pipeline/index.ts';
import { readManifest, readVocabularies } from './read-sources.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const args = process.argv.slice(2);
const textOnly = args.includes('--text');
const explain = args.includes('--explain');
const files = args.filter((a) => a !== '--text' && a !== '--explain');
const file = files[0];
if (!file || files.length > 1 || (textOnly && explain))
  fail('usage: npm run --silent extract -- <plan.txt|.md|.html|.docx|.pdf> [--text | --explain]');
if (!existsSync(file)) fail(`${file}: no such file`);
if (!statSync(file).isFile()) fail(`${file}: not a regular file`);
try {
  const fileName = basename(file);
  checkSize(fileName, statSync(file).size);
  const bytes = new Uint8Array(readFileSync(file));
  const converted = await convertFile({ fileName, bytes }, nodeLoaders);
  if (textOnly) process.stdout.write(converted.text);
  else printExtraction(file, fileName, bytes, converted);
} catch (err) {
  fail(err instanceof InputError || err instanceof ConvertError ? err.message : `${file}: ${(err as Error).message}`);
}

function printExtraction(file: string, fileName: string, bytes: Uint8Array, converted: ConvertResult): void {
  const manifest = readManifest().find((m) => m.file === fileName);
  const { datasets, report, pageMetadata, doc } = extractConverted(
    converted,
    {
      docId: docIdFromFileName(fileName) ?? 'plan',
      fileName,
      sourceFile: file,
      // A text file is its own raw file (as in data/raw); a converted file's raw file is its canonical text.
      sha256:
        converted.format === 'txt' || converted.format === 'md' ? sha256(bytes) : sha256(canonicalBytes(converted)),
      originalSha256: sha256(bytes),
      ...(manifest ? { manifest } : {}),
    },
    readVocabularies(),
  );
  if (explain) {
    process.stdout.write(`${explainExtraction(doc, datasets, report).join('\n')}\n`);
    return;
  }
  const { documents, ...rest } = datasets;
  const out = { document: documents?.[0] ?? null, page_metadata: pageMetadata, ...rest, report };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

// `npm run --silent extract -- plan.txt`: one plan to one JSON object on stdout; errors on stderr, exit 1.
import { existsSync, statSync } from 'node:fs';
import { InputError } from './pipeline/decode.ts';
import { extractAll } from './pipeline/extract-all.ts';
import { parseDocument } from './pipeline/parse-document.ts';
import { readManifest, readSource, readVocabularies } from './read-sources.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file || process.argv.length > 3) fail('usage: npm run --silent extract -- <plan.txt>');
if (!existsSync(file)) fail(`${file}: no such file`);
if (!statSync(file).isFile()) fail(`${file}: not a regular file`);
try {
  const src = readSource(file);
  const manifest = readManifest().find((m) => m.file === src.fileName);
  const doc = parseDocument({ docId: src.docId, fileName: src.fileName, bytes: src.bytes }, manifest);
  const { datasets, report } = extractAll(
    doc,
    { sha256: src.sha256, sourceFile: file, ...(manifest ? { manifest } : {}) },
    readVocabularies(),
  );
  const { documents, ...rest } = datasets;
  const out = { document: documents?.[0] ?? null, ...rest, report };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} catch (err) {
  fail(err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`);
}

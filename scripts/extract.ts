// `npm run --silent extract -- plan.txt`: one plan to one JSON object on stdout; errors on stderr, exit 1.
import { existsSync, statSync } from 'node:fs';
import { extractPlan, InputError, planJson } from './pipeline/index.ts';
import { readManifest, readSource, readVocabularies } from './read-sources.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const file = process.argv[2];
if (!file || process.argv.length > 3) fail('usage: npm run --silent extract -- <plan.txt>');
if (!existsSync(file)) fail(`${file}: no such file`);
if (!statSync(file).isFile()) fail(`${file}: not a regular file`);
try {
  const src = readSource(file);
  const plan = extractPlan(
    { fileName: src.fileName, bytes: src.bytes, docId: src.docId, sha256: src.sha256, sourceFile: file },
    readVocabularies(),
    readManifest(),
  );
  process.stdout.write(`${JSON.stringify(planJson(plan), null, 2)}\n`);
} catch (err) {
  fail(err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`);
}

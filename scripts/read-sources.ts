// File I/O for the pipeline: the manifest, the vocabularies, the rule files and the raw sources. Nothing else reads data/.
// Every hand-kept JSON file is checked against its schema here, so a stage only ever sees valid, typed input.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { DataFileError, parseDataFile } from '../src/lib/schema/data-file.ts';
import { ManifestFile, type ManifestEntry } from '../src/lib/schema/manifest.ts';
import { VOCABULARY_FILES, type Vocabularies } from '../src/lib/schema/vocab.ts';
import { listFiles } from './io/list-files.ts';
import { ACCEPTED_EXTENSIONS, docIdOf, type OriginalFile } from './pipeline/index.ts';

export const ROOT_DIR = new URL('../', import.meta.url).pathname;
export const DATA_DIR = new URL('../data/', import.meta.url).pathname;

/** The path a message names: relative to the repository when the file is in it. */
const shown = (path: string): string => (path.startsWith(ROOT_DIR) ? relative(ROOT_DIR, path) : path);

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(shown(path), `not valid JSON: ${(err as Error).message}`);
  }
}

export function readManifest(dir = DATA_DIR): ManifestEntry[] {
  const file = join(dir, 'manifest.json');
  return parseDataFile(ManifestFile, readJson(file), shown(file)).documents;
}

/** Every data/vocab/*.json, each checked against its schema; a file without a schema, or a missing one, stops the run. */
export function readVocabularies(dir = join(DATA_DIR, 'vocab')): Vocabularies {
  const vocab: Record<string, unknown> = {};
  for (const f of listFiles(dir, { recursive: false, ext: '.json' })) {
    const name = basename(f, '.json');
    const path = join(dir, f);
    if (!(name in VOCABULARY_FILES))
      throw new DataFileError(shown(path), `no schema for this vocabulary (add one to src/lib/schema/vocab.ts)`);
    vocab[name] = parseDataFile(VOCABULARY_FILES[name as keyof Vocabularies], readJson(path), shown(path));
  }
  const missing = Object.keys(VOCABULARY_FILES).filter((n) => !(n in vocab));
  if (missing.length > 0)
    throw new DataFileError(shown(dir), `vocabulary missing: ${missing.map((n) => `${n}.json`).join(', ')}`);
  return vocab as Vocabularies;
}

/** The rule files for borderline cases (data/vocab/*.md), published beside the data. */
export function readRuleFiles(dir = join(DATA_DIR, 'vocab')): { fileName: string; bytes: Uint8Array }[] {
  return listFiles(dir, { recursive: false, ext: '.md' }).map((f) => ({
    fileName: f,
    bytes: readFileSync(join(dir, f)),
  }));
}

export interface SourceFile {
  docId: string;
  fileName: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  /** The file the text was converted from (`npm run add` keeps it as originals/<doc_id>.<ext> beside it). */
  original?: OriginalFile;
  /** That file itself, to publish beside the text. */
  originalFile?: { fileName: string; bytes: Uint8Array };
}

/** Every data/raw/*.txt, sorted by doc id; the doc id is the file name without .txt. */
export function readSources(dir = join(DATA_DIR, 'raw')): SourceFile[] {
  // originals/ is listed once for the whole corpus, not once per plan (that was quadratic in plans).
  const originals = originalsIn(dir);
  return listFiles(dir, { recursive: false, ext: '.txt' }).map((n) => readSource(join(dir, n), originals));
}

/** The files of originals/ beside the raw texts, by doc id (the file name without its extension). */
function originalsIn(rawDir: string): Map<string, string> {
  const dir = join(rawDir, 'originals');
  const byDoc = new Map<string, string>();
  if (!existsSync(dir)) return byDoc;
  for (const name of listFiles(dir, { recursive: false })) {
    const docId = basename(name, extname(name));
    if (!byDoc.has(docId)) byDoc.set(docId, name);
  }
  return byDoc;
}

export function readSource(path: string, originals = originalsIn(dirname(path))): SourceFile {
  const bytes = readFileSync(path);
  const fileName = basename(path);
  const found = originalOf(dirname(path), originals.get(docIdOf(fileName)));
  return {
    docId: docIdOf(fileName),
    fileName,
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(found ? { original: found.original, originalFile: found.file } : {}),
  };
}

/** originals/<name> beside the raw texts, with its format and SHA-256; undefined when there is none. */
function originalOf(
  rawDir: string,
  name: string | undefined,
): { original: OriginalFile; file: { fileName: string; bytes: Uint8Array } } | undefined {
  const format = name ? ACCEPTED_EXTENSIONS[extname(name).slice(1).toLowerCase()] : undefined;
  if (!name || !format) return undefined;
  const bytes = readFileSync(join(rawDir, 'originals', name));
  return {
    original: { format, sha256: createHash('sha256').update(bytes).digest('hex') },
    file: { fileName: name, bytes },
  };
}

// Shell: finds every gold file, reads its plan, and runs the CLI on it exactly as a user would
// (`node scripts/extract.ts <file>`, one process per plan). The only disk and process I/O of the evaluation.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Gold } from './gold-schema.ts';
import type { DatasetName, ExtractedOutput, Outcome, PlanRun } from './extracted.ts';

export const ROOT = resolve(import.meta.dirname, '..');

export interface PlanFile {
  set: DatasetName;
  name: string;
  /** Plan path relative to the repository root (what the CLI is given). */
  file: string;
  goldFile: string;
}

function goldNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
}

/** Every plan with gold: corpus gold in eval/corpus/ points at data/raw/; the others sit beside their plan. */
export function listPlans(sets: DatasetName[] = ['corpus', 'dev', 'holdout', 'bad']): PlanFile[] {
  const out: PlanFile[] = [];
  for (const set of sets) {
    const goldDir = set === 'corpus' ? join(ROOT, 'eval/corpus') : join(ROOT, 'eval/plans', set);
    const planDir = set === 'corpus' ? join(ROOT, 'data/raw') : goldDir;
    for (const name of goldNames(goldDir)) {
      out.push({
        set,
        name,
        file: relative(ROOT, join(planDir, `${name}.txt`)),
        goldFile: join(goldDir, `${name}.gold.json`),
      });
    }
  }
  return out;
}

export function readGold(goldFile: string): Gold {
  const parsed = Gold.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
  if (!parsed.success) throw new Error(`${goldFile}: ${parsed.error.message}`);
  return parsed.data;
}

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(file: string): Promise<Exit> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/extract.ts', file], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

function outcomeOf(exit: Exit): Outcome {
  if (exit.code !== 0) return { kind: 'refused', message: exit.stderr.trim() || `exit code ${exit.code}` };
  try {
    return { kind: 'ok', output: JSON.parse(exit.stdout) as ExtractedOutput };
  } catch {
    return { kind: 'refused', message: `exit 0 but stdout is not one JSON object: ${exit.stderr.trim()}` };
  }
}

/** Runs the CLI over the plans, `parallel` processes at a time, in the order given. */
export async function runPlans(plans: PlanFile[], parallel = 2): Promise<PlanRun[]> {
  const runs = new Array<PlanRun>(plans.length);
  let next = 0;
  const worker = async () => {
    while (next < plans.length) {
      const i = next++;
      const p = plans[i] as PlanFile;
      const gold = readGold(p.goldFile);
      const raw = readFileSync(join(ROOT, p.file), 'utf8');
      const outcome = outcomeOf(await runCli(p.file));
      runs[i] = { set: p.set, name: p.name, file: p.file, raw, gold, outcome };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return runs;
}

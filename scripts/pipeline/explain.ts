// `extract --explain`: what the pipeline made of a plan, paragraph by paragraph — the targets, milestones,
// alliance edges and responsibilities found there, and every number skipped with its reason (from the report) —
// as plain text for a terminal. Pure: the parsed document, the datasets and the report in, lines out.
import type { ReportEntry, Row } from './extractor-types.ts';
import type { Paragraph, ParsedDocument } from './types.ts';

const SIGN: Record<string, string> = { ge: '≥', le: '≤', eq: '=', approx: '≈', increase: '+', decrease: '−' };
const PARAGRAPH_WIDTH = 60;

/** A line of the explanation under its paragraph: a mark (✓ found, · skipped, ? to check), a kind, the text. */
interface Item {
  at: number;
  mark: '✓' | '·' | '?';
  kind: string;
  text: string;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** `县域内就诊率 [county_visit_rate] ≥ 90 percent by 2025 (aspirational, implied)` for one target mention. */
export function describeTarget(r: Row): string {
  const value =
    r['value_max'] !== null && r['value_max'] !== undefined
      ? `${str(r['value'])}–${str(r['value_max'])}`
      : `${SIGN[str(r['comparator'])] ?? str(r['comparator'])} ${str(r['value'])}`;
  const id = str(r['indicator_id']) ? ` [${str(r['indicator_id'])}]` : ' [no vocabulary id]';
  const when =
    num(r['target_year']) !== null
      ? ` by ${str(r['target_year'])}`
      : num(r['start_year']) !== null
        ? ` from ${str(r['start_year'])}`
        : ', no year';
  const flags = [
    r['base_year'] !== null && r['base_year'] !== undefined ? `base ${str(r['base_year'])}` : '',
    str(r['frequency']),
    r['aspirational'] === true ? 'aspirational' : '',
    r['implied'] === true ? 'implied by wording' : '',
    str(r['binding']),
    str(r['condition']) ? `if ${str(r['condition'])}` : '',
    str(r['scope']) ? `scope ${str(r['scope'])}` : '',
    str(r['population']) ? `for ${str(r['population'])}` : '',
  ].filter((f) => f !== '');
  const unit = str(r['unit']) || '(no unit)';
  return `${str(r['indicator_zh']) || '(no indicator)'}${id} ${value} ${unit}${when}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function itemsOf(datasets: Record<string, Row[]>, report: ReportEntry[]): Item[] {
  const items: Item[] = [];
  const at = (r: Row): number => num(r['start']) ?? -1;
  for (const r of datasets['target_mentions'] ?? [])
    items.push({ at: at(r), mark: '✓', kind: 'target', text: `${describeTarget(r)} «${str(r['quote'])}»` });
  for (const r of datasets['phases'] ?? [])
    items.push({ at: at(r), mark: '✓', kind: str(r['kind']), text: `${str(r['name_zh'])} → ${str(r['end_ym'])}` });
  for (const r of datasets['alliances'] ?? [])
    items.push({
      at: at(r),
      mark: '✓',
      kind: 'alliance',
      text: `${str(r['lead_zh'])} → ${str(r['member_zh'])} (${str(r['kind'])})`,
    });
  for (const r of datasets['responsibilities'] ?? [])
    items.push({
      at: at(r),
      mark: '✓',
      kind: 'responsibility',
      text: `${str(r['agency_zh'])} ${str(r['role'])}: ${str(r['task_zh'])}`,
    });
  for (const e of report) {
    // An unknown indicator shows on its target's line (`[no vocabulary id]`).
    if (e.start === undefined || e.kind === 'unknown-indicator') continue;
    const skipped = e.kind.startsWith('skipped');
    const of = e.dataset === 'targets' ? '' : ` ${e.dataset}`;
    items.push({
      at: e.start,
      mark: skipped ? '·' : '?',
      kind: skipped ? `skipped${of}` : e.kind,
      text: skipped ? `${e.quote ?? ''}: ${e.message}` : e.message,
    });
  }
  return items.sort((a, b) => a.at - b.at);
}

/** The paragraph a raw offset falls in (the last one starting at or before it). */
function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | null {
  let found: Paragraph | null = null;
  for (const p of paragraphs) {
    if (p.start > offset) break;
    found = p;
  }
  return found;
}

const shorten = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

/** The explanation of one plan, as text lines (joined with \n by the caller). */
export function explainExtraction(
  doc: ParsedDocument,
  datasets: Record<string, Row[]>,
  report: ReportEntry[],
): string[] {
  const items = itemsOf(datasets, report);
  const count = (kind: string, mark = '✓'): number => items.filter((i) => i.kind === kind && i.mark === mark).length;
  const lines = [
    `${doc.fileName}: ${doc.front.titleZh ?? '(no title found)'}`,
    `found ${count('target')} target mentions (${(datasets['targets'] ?? []).length} distinct targets), ${count('milestone')} milestones, ${count('phase')} phases, ${count('alliance')} alliance edges, ${count('responsibility')} responsibilities; ${count('skipped', '·')} numbers skipped`,
  ];
  for (const n of doc.notes) lines.push(`note ${n.severity} ${n.code}: ${n.message}`);
  for (const e of report.filter((r) => r.start === undefined)) lines.push(`report ${e.kind}: ${e.message}`);
  const paragraphs = [...doc.paragraphs].sort((a, b) => a.start - b.start);
  let current: Paragraph | null | undefined;
  for (const item of items) {
    const p = item.at >= 0 ? paragraphAt(paragraphs, item.at) : null;
    if (p !== current) {
      current = p;
      lines.push(
        '',
        p ? `line ${p.line}  ${shorten(doc.clean.raw.slice(p.start, p.end), PARAGRAPH_WIDTH)}` : '(no position)',
      );
    }
    lines.push(`  ${item.mark} ${item.kind.padEnd(15)} ${item.text.replace(/\s*\n\s*/g, ' ')}`);
  }
  return lines;
}

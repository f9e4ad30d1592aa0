// The parts of `node scripts/extract.ts <file>` output the evaluation reads, and what one run of a plan gave.
import type { Gold } from './gold-schema.ts';

export interface ExtractedTarget {
  indicator_zh: string;
  indicator_id: string;
  comparator: string;
  value: number;
  value_max: number | null;
  unit: string;
  target_year: number | null;
  base_year?: number | null;
  /** Proposed field (issue 14 §6): the value is implied by wording (全覆盖), not written. Scored when present. */
  implied?: boolean;
  quote: string;
  start: number;
  end: number;
  source_kind?: string;
}

export interface ExtractedAlliance {
  kind: string;
  lead_zh: string;
  member_zh: string;
  member_written_zh: string;
  /** A category of institutions kept as written (全县11个乡镇卫生院): a hit when gold lists it, never a false edge. */
  member_category?: boolean;
  quote: string;
  start: number;
  end: number;
}

export interface ExtractedResponsibility {
  task_zh: string;
  agency_zh: string;
  agency_norm_zh: string;
  role: string;
  quote: string;
}

export interface ExtractedPhase {
  kind: string;
  name_zh: string;
  end_ym: string;
  quote: string;
}

export interface ExtractedOrganisation {
  name_zh: string;
  canonical_zh: string;
  name_forms_zh: string;
}

export interface ExtractedOutput {
  document: { title_zh: string | null; doc_number: string | null; complete: boolean } | null;
  document_notes?: { code: string }[];
  targets?: ExtractedTarget[];
  alliances?: ExtractedAlliance[];
  responsibilities?: ExtractedResponsibility[];
  phases?: ExtractedPhase[];
  organisations?: ExtractedOrganisation[];
}

/** What running the CLI on one file gave: its JSON, or a refusal with the stderr message. */
export type Outcome = { kind: 'ok'; output: ExtractedOutput } | { kind: 'refused'; message: string };

export type DatasetName = 'corpus' | 'dev' | 'holdout' | 'bad';

/** One plan with its gold, its raw text (as the CLI reads it) and what the pipeline did with it. */
export interface PlanRun {
  set: DatasetName;
  name: string;
  file: string;
  raw: string;
  gold: Gold;
  outcome: Outcome;
}

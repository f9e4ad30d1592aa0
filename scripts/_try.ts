import { corpusDoc, CORPUS_IDS } from './test-support/corpus.ts';
import { extractResponsibilities } from './pipeline/extract-responsibilities.ts';
for (const id of CORPUS_IDS) { const r = extractResponsibilities(corpusDoc(id)); for (const x of r.rows) console.log(x.responsibility_id, x.section_id, x.task_zh, '|', x.agency_zh, '|', x.agency_norm_zh, x.role, x.deadline_zh, x.deadline, x.note); for (const e of r.report) console.log('  REPORT', e.message); }

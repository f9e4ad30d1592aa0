// Responsibility notes and agency lists: `牵头单位：A，B；配合单位：C、D；完成时限：2021年底前` → who leads, who
// partners, by when; `市医改办、财政局` → 市医改办, 市财政局 (a bare department takes the level before it).
import type { ResponsibilityRow } from '../../src/lib/schema/responsibilities.ts';
import { splitOutsideBrackets } from './written-text.ts';

export type Role = ResponsibilityRow['role'];

const LEAD_KEYS = ['牵头单位', '牵头部门', '主责单位', '主责部门', '主办单位', '牵头'];

const PARTNER_KEYS = ['配合单位', '配合部门', '协办单位', '参与单位', '参与部门', '协同单位', '协助单位', '协作单位'];

const RESPONSIBLE_KEYS = ['责任单位', '责任部门', '责任主体', '实施单位', '承办单位'];

export const DEADLINE_KEYS = ['完成时限', '完成时间', '时间节点', '时限要求', '时限', '进度安排'];

export const TASK_HEADERS = [
  '工作任务',
  '重点任务',
  '主要任务',
  '任务内容',
  '工作内容',
  '改革任务',
  '具体任务',
  '任务',
];

export const KEY_RE = new RegExp(
  `(${[...LEAD_KEYS, ...PARTNER_KEYS, ...RESPONSIBLE_KEYS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`,
  'g',
);

export function roleOfKey(k: string): Role | 'deadline' | null {
  const bare = k.replace(/\s/g, '');
  if (PARTNER_KEYS.includes(bare)) return 'partner';
  if (RESPONSIBLE_KEYS.includes(bare)) return 'responsible';
  if (LEAD_KEYS.includes(bare)) return 'lead';
  if (DEADLINE_KEYS.includes(bare)) return 'deadline';
  return null;
}

/** Level prefix an agency name opens with (`市`, `县（区）`, `旗`), carried to bare department names after it. */
const LEVEL_PREFIX = /^(?:自治区|[省市县区旗州乡镇])(?:[（(][^）)]{1,6}[）)])?/;

const DEPARTMENT_END = /(?:委员会|局|委|办|厅|政府|党委|部)$/;

export interface AgencyPart {
  /** Name as found in the (clean) list text. */
  text: string;
  note: string;
  offset: number;
  length: number;
  /** Where the inherited level prefix sits in the list (`市` of `市医改办`), or null when none is carried over. */
  prefix: { offset: number; length: number } | null;
}

/**
 * Split one agency list (`市医改办、财政局、卫生计生委`, `县（区）党委、政府`, `市卫健委 (市人民医院)`).
 * Separators inside brackets are not splits; a bare department inherits the level of the one before.
 */
export function splitAgencies(list: string): AgencyPart[] {
  const out: AgencyPart[] = [];
  for (const part of splitOutsideBrackets(list, '、,，/')) {
    let text = part.text.replace(/[。.]$/, '');
    const offset = part.offset;
    let note = '';
    const names: { text: string; offset: number; note: string }[] = [];
    const gloss = /\s*[（(]([^（()）]+)[）)]$/.exec(text);
    if (gloss && gloss.index > 0) {
      const inner = gloss[1] ?? '';
      const innerOffset = offset + gloss.index + gloss[0].indexOf(inner);
      text = text.slice(0, gloss.index);
      // A named body in brackets is a second agency; anything else is a remark on the first.
      if (/(?:院|局|委|办|中心|政府|部|站|所|室|会|组)$/.test(inner) && !/负责|的/.test(inner)) {
        names.push({ text, offset, note: '' });
        names.push({ text: inner, offset: innerOffset, note: `named in brackets after ${text}` });
      } else {
        note = inner;
        names.push({ text, offset, note });
      }
    } else names.push({ text, offset, note });
    for (const n of names)
      out.push({ text: n.text, note: n.note, offset: n.offset, length: n.text.length, prefix: null });
  }
  return levelPrefixes(out);
}

/** A bare department (`财政局` after `市医改办`) takes the level prefix of the name before it; `各…` resets it. */
export function levelPrefixes(parts: AgencyPart[]): AgencyPart[] {
  let prefix: AgencyPart['prefix'] = null;
  return parts.map((n) => {
    const own = LEVEL_PREFIX.exec(n.text)?.[0] ?? '';
    let inherited: AgencyPart['prefix'] = null;
    if (own) prefix = { offset: n.offset, length: own.length };
    else if (/^各/.test(n.text)) prefix = null;
    else if (prefix && DEPARTMENT_END.test(n.text)) inherited = prefix;
    return { ...n, prefix: inherited };
  });
}

export interface Assignment {
  role: Role;
  agencies: AgencyPart[];
  listOffset: number;
}

/** Parse the inside of a note: `牵头单位:A,B;配合单位:C、D;完成时限:2021年底前`. */
export function parseNoteBody(body: string): { assignments: Assignment[]; deadlineZh: string | null } {
  const assignments: Assignment[] = [];
  let deadlineZh: string | null = null;
  for (const seg of splitOutsideBrackets(body, ';；')) {
    const m = /^([^:：]{2,6})\s*[:：]\s*/.exec(seg.text);
    const role = m ? roleOfKey(m[1] ?? '') : null;
    if (!m || !role) continue;
    const listText = seg.text.slice(m[0].length);
    if (role === 'deadline') {
      deadlineZh = listText.trim();
      continue;
    }
    const agencies = splitAgencies(listText);
    if (agencies.length > 0) assignments.push({ role, agencies, listOffset: seg.offset + m[0].length });
  }
  // Where a note names a lead, its 责任单位 are the partners.
  if (assignments.some((a) => a.role === 'lead'))
    for (const a of assignments) if (a.role === 'responsible') a.role = 'partner';
  return { assignments, deadlineZh };
}

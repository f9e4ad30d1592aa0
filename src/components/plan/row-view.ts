// One extracted row as a reader sees it on the plan page: labelled fields in plain words, in the page's language,
// names through the glossary. No ids, offsets, comparator codes or file paths. Pure.
import type { Lang } from '../../i18n/ui.ts';
import type { NameLookup } from '../../lib/glossary.ts';
import { enumWords, monthWords, ORGANISATION_TYPES_ZH, targetWords, type TargetValue } from './value-words.ts';

export interface FieldView {
  label: string;
  text: string;
  /** Language of the text when it differs from the page's (Chinese as written on an English page). */
  lang?: 'zh-Hans' | 'en';
  /** The Chinese as written, shown as a tooltip, when the text is its English name. */
  title?: string;
  /** A field a reader must not miss: a conflict between statements, or a target framed as an aspiration. */
  flag?: 'conflict' | 'aspiration';
}

export interface RowContext {
  lang: Lang;
  names: NameLookup;
  /** For targets: the other statements of the same target, in words, when they disagree (see conflictWords). */
  conflict?: string | null;
  /** For alliances: the kind's name in the page's language. */
  allianceKind?: (kindId: string) => string | null;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const L = {
  target: { en: 'Target', zh: '目标' },
  indicator: { en: 'Indicator', zh: '指标' },
  aspiration: { en: 'Framed as an aspiration (力争/争取)', zh: '以“力争/争取”表述' },
  condition: { en: 'Applies when', zh: '适用条件' },
  scope: { en: 'Applies to', zh: '适用范围' },
  population: { en: 'For', zh: '对象人群' },
  binding: { en: 'Class (属性)', zh: '属性' },
  implied: {
    en: 'Value implied by the wording (全覆盖, 全部…), not written as a number',
    zh: '数值由措辞推定（如“全覆盖”“全部…”），原文未写数字',
  },
  where: { en: 'Where', zh: '出处' },
  conflict: { en: 'Statements disagree', zh: '表述不一致' },
  agency: { en: 'Agency', zh: '部门' },
  role: { en: 'Role', zh: '职责' },
  task: { en: 'Task', zh: '任务' },
  deadline: { en: 'Deadline', zh: '完成时限' },
  note: { en: 'Note', zh: '说明' },
  kind: { en: 'Kind', zh: '类型' },
  name: { en: 'Name', zh: '名称' },
  when: { en: 'When', zh: '时间' },
  instrument: { en: 'Instrument', zh: '举措' },
  stance: { en: 'Commitment', zh: '表态' },
  mentions: { en: 'Mentions', zh: '提及次数' },
  principle: { en: 'Principle', zh: '原则' },
  alliance: { en: 'Alliance', zh: '联合体' },
  lead: { en: 'Lead', zh: '牵头单位' },
  member: { en: 'Member', zh: '成员单位' },
  committee: { en: 'Committee', zh: '委员会' },
  person: { en: 'Person', zh: '姓名' },
  post: { en: 'Post', zh: '职务' },
  organisation: { en: 'Organisation', zh: '机构' },
  type: { en: 'Type', zh: '类型' },
  place: { en: 'Place', zh: '地区' },
  document: { en: 'Document', zh: '文件' },
  attachment: { en: 'Attachment', zh: '附件' },
  status: { en: 'Status', zh: '状态' },
} as const;

function named(label: string, zh: string, ctx: RowContext): FieldView {
  const n = ctx.names(zh, ctx.lang);
  return {
    label,
    text: n.text,
    ...(n.lang !== (ctx.lang === 'zh' ? 'zh-Hans' : 'en') ? { lang: n.lang } : {}),
    ...(n.zh ? { title: n.zh } : {}),
  };
}

/** Chinese text as written: marked as Chinese on English pages. */
function written(label: string, zh: string, lang: Lang): FieldView {
  return lang === 'en' ? { label, text: zh, lang: 'zh-Hans' } : { label, text: zh };
}

/** The English name from the data, or the Chinese (marked) when there is none; Chinese pages show the Chinese. */
function bilingual(label: string, en: string, zh: string, lang: Lang): FieldView {
  if (lang === 'zh' || en === '') return written(label, zh, lang);
  return { label, text: en, title: zh };
}

const VIEWS: Record<string, (row: Row, ctx: RowContext) => FieldView[]> = {
  targets: (r, ctx) => targetFields(r, ctx),
  target_mentions: (r, ctx) => [
    ...targetFields(r, ctx),
    { label: L.where[ctx.lang], text: enumWords('source_kind', str(r['source_kind']), ctx.lang) },
  ],
  responsibilities: (r, ctx) => [
    named(L.agency[ctx.lang], str(r['agency_norm_zh']), ctx),
    { label: L.role[ctx.lang], text: enumWords('role', str(r['role']), ctx.lang) },
    written(L.task[ctx.lang], str(r['task_zh']), ctx.lang),
    ...(r['deadline_zh']
      ? [
          ctx.lang === 'en' && r['deadline']
            ? {
                label: L.deadline.en,
                text: `by the end of ${monthWords(str(r['deadline']), 'en')}`,
                title: str(r['deadline_zh']),
              }
            : written(L.deadline[ctx.lang], str(r['deadline_zh']), ctx.lang),
        ]
      : []),
    ...(r['note'] ? [noteField(str(r['note']), ctx)] : []),
  ],
  phases: (r, ctx) => {
    const from = str(r['start_ym']);
    const to = str(r['end_ym']);
    const when =
      ctx.lang === 'zh' || !to
        ? written(L.when[ctx.lang], str(r['date_zh']), ctx.lang)
        : {
            label: L.when.en,
            text:
              r['kind'] === 'milestone'
                ? `by the end of ${monthWords(to, 'en')}`
                : from === to
                  ? monthWords(to, 'en')
                  : `${monthWords(from, 'en')} – ${monthWords(to, 'en')}`,
            title: str(r['date_zh']),
          };
    return [
      { label: L.kind[ctx.lang], text: enumWords('kind', str(r['kind']), ctx.lang) },
      written(L.name[ctx.lang], str(r['name_zh']), ctx.lang),
      when,
    ];
  },
  instruments: (r, ctx) => [
    bilingual(L.instrument[ctx.lang], str(r['name_en']), str(r['name_zh']), ctx.lang),
    { label: L.stance[ctx.lang], text: enumWords('stance', str(r['stance']), ctx.lang) },
    { label: L.mentions[ctx.lang], text: str(r['mentions']) },
  ],
  principles: (r, ctx) => [bilingual(L.principle[ctx.lang], str(r['name_en']), str(r['principle_zh']), ctx.lang)],
  alliances: (r, ctx) => [
    {
      label: L.alliance[ctx.lang],
      text: ctx.allianceKind?.(str(r['kind'])) ?? str(r['kind_zh']),
      ...(ctx.lang === 'en' ? { title: str(r['kind_zh']) } : {}),
    },
    named(L.lead[ctx.lang], str(r['lead_zh']), ctx),
    named(L.member[ctx.lang], str(r['member_zh']), ctx),
  ],
  committee_members: (r, ctx) => [
    named(L.committee[ctx.lang], str(r['committee_zh']), ctx),
    bilingual(L.role[ctx.lang], str(r['role_en']), str(r['role_zh']), ctx.lang),
    written(L.person[ctx.lang], str(r['name']), ctx.lang),
    written(L.post[ctx.lang], str(r['post_zh']), ctx.lang),
  ],
  organisations: (r, ctx) => [
    named(L.organisation[ctx.lang], str(r['canonical_zh']), ctx),
    ctx.lang === 'zh'
      ? { label: L.type.zh, text: ORGANISATION_TYPES_ZH[str(r['type_id'])] ?? '其他' }
      : { label: L.type.en, text: str(r['type_en']) },
    ...(r['place_zh'] ? [written(L.place[ctx.lang], str(r['place_zh']), ctx.lang)] : []),
    { label: L.mentions[ctx.lang], text: str(r['mention_count']) },
  ],
  organisation_mentions: (r, ctx) => [
    named(L.organisation[ctx.lang], str(r['canonical_zh']), ctx),
    { label: L.where[ctx.lang], text: enumWords('context', str(r['context']), ctx.lang) },
  ],
  citations: (r, ctx) => [
    written(
      L.document[ctx.lang],
      [str(r['cited_title_zh']), str(r['cited_doc_number'])].filter(Boolean).join(' '),
      ctx.lang,
    ),
  ],
  attachments: (r, ctx) => [
    written(L.attachment[ctx.lang], `${str(r['label_zh'])} ${str(r['title_zh'])}`.trim(), ctx.lang),
    { label: L.status[ctx.lang], text: enumWords('present', str(r['present']), ctx.lang) },
  ],
};

/**
 * A responsibility's note: the pipeline writes one remark in English (`named in brackets after <agency>`), which is
 * put in the page's language with the agency's name; any other note is quoted as written.
 */
function noteField(note: string, ctx: RowContext): FieldView {
  const m = /^named in brackets after (.+)$/.exec(note);
  if (!m) return written(L.note[ctx.lang], note, ctx.lang);
  const agency = ctx.names(m[1]!, ctx.lang);
  return ctx.lang === 'zh'
    ? { label: L.note.zh, text: `写在${m[1]!}之后的括号中` }
    : { label: L.note.en, text: `named in brackets after ${agency.text}`, ...(agency.zh ? { title: agency.zh } : {}) };
}

function targetFields(r: Row, ctx: RowContext): FieldView[] {
  const { lang } = ctx;
  const fields: FieldView[] = [
    bilingual(L.indicator[lang], str(r['indicator_en']), str(r['indicator_zh']), lang),
    { label: L.target[lang], text: targetWords(r as unknown as TargetValue, lang) },
  ];
  if (r['condition']) fields.push(written(L.condition[lang], str(r['condition']), lang));
  if (r['scope']) fields.push(written(L.scope[lang], str(r['scope']), lang));
  if (r['population']) fields.push(written(L.population[lang], str(r['population']), lang));
  if (r['binding']) fields.push({ label: L.binding[lang], text: enumWords('binding', str(r['binding']), lang) });
  if (r['implied'] === true) fields.push({ label: '', text: L.implied[lang] });
  if (r['aspirational'] === true) fields.push({ label: '', text: L.aspiration[lang], flag: 'aspiration' });
  if (ctx.conflict) fields.push({ label: L.conflict[lang], text: ctx.conflict, flag: 'conflict' });
  return fields;
}

/** Datasets the plan page knows how to show in words; others get no field list (the quote and marker remain). */
export const hasRowView = (dataset: string): boolean => dataset in VIEWS;

export function rowFields(dataset: string, row: Row, ctx: RowContext): FieldView[] {
  return (VIEWS[dataset]?.(row, ctx) ?? []).filter((f) => f.text !== '');
}

export interface MentionForConflict extends TargetValue {
  source_kind: string;
  quote: string;
}

/**
 * A conflict between statements of one target, in words: 'the text says at most 30% (减少到30%以内); a table says
 * at least 30% (≥30%)'. Null when all statements agree.
 */
export function conflictWords(mentions: MentionForConflict[], lang: Lang): string | null {
  const said = mentions.map((m) => ({ m, words: targetWords({ ...m, target_year: null }, lang) }));
  if (new Set(said.map((s) => s.words)).size < 2) return null;
  return said
    .map(({ m, words }) =>
      lang === 'zh'
        ? `${enumWords('source_kind', m.source_kind, 'zh')}作“${words}”（${m.quote}）`
        : `${m.source_kind === 'table' ? 'a table says' : 'the text says'} ${words} (${m.quote})`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}

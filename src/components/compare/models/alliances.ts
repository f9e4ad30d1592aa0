// The alliances chart: who leads whom in each medical community or alliance the plans set up.
import type { Lang } from '../../../i18n/ui.ts';
import { readAllianceKinds, readDataset } from '../../../lib/site-data/index.ts';
import type { AllianceRow } from '../../../lib/schema/index.ts';
import { chartDocument } from '../../charts/dom.ts';
import { allianceFans, type AllianceEdge } from '../../charts/alliance-fans.ts';
import { STR } from '../strings.ts';
import { docsById, NARROW, quoteHref, sourceLine, WIDTH, type ChartModel, type DataRow } from './shared.ts';

export function alliancesModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const kinds = readAllianceKinds();
  const kindEn = (id: string) => kinds.find((k) => k.kind_id === id)?.name_en ?? id;
  const data = readDataset<AllianceRow>('alliances').filter((r) => docs.has(r.doc_id));
  const placeOf = (id: string) => (en ? docs.get(id)!.place_en : docs.get(id)!.place_zh);
  const href = (r: AllianceRow) => quoteHref(lang, 'alliances', r.doc_id, r.edge_id);
  const rows: DataRow[] = data
    .map((r) => ({
      edge_id: r.edge_id,
      alliance_id: r.alliance_id,
      doc_id: r.doc_id,
      place_en: docs.get(r.doc_id)!.place_en,
      place_zh: docs.get(r.doc_id)!.place_zh,
      kind: r.kind,
      kind_zh: r.kind_zh,
      lead_zh: r.lead_zh,
      member_zh: r.member_zh,
      quote: r.quote,
    }))
    .sort((a, b) => a.edge_id.localeCompare(b.edge_id));
  const edges: AllianceEdge[] = data
    .map((r) => ({
      id: r.edge_id,
      alliance: r.alliance_id,
      place: r.doc_id,
      placeLabel: placeOf(r.doc_id),
      kindLabel: en ? kindEn(r.kind).replace(/\s*\(.*\)$/, '') : r.kind_zh,
      lead: r.lead_zh,
      member: r.member_zh,
      title: `${r.kind_zh}: ${r.lead_zh} → ${r.member_zh}`,
      href: href(r),
    }))
    .sort((a, b) => a.place.localeCompare(b.place) || a.alliance.localeCompare(b.alliance) || a.id.localeCompare(b.id));
  const places = [...new Set(edges.map((e) => e.place))];
  const alliances = new Set(edges.map((e) => e.alliance));
  const none = [...docs.keys()].filter((id) => !places.includes(id)).map(placeOf);
  return {
    id: 'alliances',
    page: '/compare/organisations/',
    title: en ? 'Alliances: who leads whom' : '医共体与医联体：牵头与成员',
    subtitle: en
      ? 'Each fan is one alliance the plan sets up: its lead institution (left) and its members (right), as the plan names them.'
      : '每个扇形是方案组建的一个医共体或医联体：左为牵头单位，右为成员单位，名称照录原文。',
    source: sourceLine(places, lang),
    notes: [
      en
        ? 'Members written with a shared suffix (容县、博白县、陆川县人民医院) are completed to full names; the wording as written is in the alliances dataset (member_written_zh).'
        : '共用后缀的成员名称（如“容县、博白县、陆川县人民医院”）已补全；原写法见 alliances 数据集的 member_written_zh 列。',
      ...(none.length
        ? [en ? `No lead–member lists in: ${none.join(', ')}.` : `以下方案未列出牵头与成员单位：${none.join('、')}。`]
        : []),
    ],
    summary: en
      ? `${alliances.size} alliances with ${rows.length} lead–member links in ${places.length} plans.`
      : `${places.length} 份方案共 ${alliances.size} 个联合体、${rows.length} 条牵头—成员关系。`,
    empty: s.noData,
    svg: allianceFans(edges, { document: chartDocument(), width: WIDTH }),
    svgNarrow: allianceFans(edges, { document: chartDocument(), width: NARROW, labelWidth: en ? 110 : 80 }),
    columns: Object.keys(rows[0] ?? { edge_id: '' }),
    rows,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: 'kind_zh', label: en ? 'Kind' : '类型' },
      { column: 'lead_zh', label: en ? 'Lead' : '牵头单位' },
      { column: 'member_zh', label: en ? 'Member' : '成员单位' },
      { column: 'quote', label: s.inText },
    ],
    filters: [
      {
        key: 'place',
        column: 'doc_id',
        label: s.place,
        options: places.map((id) => ({ value: id, label: placeOf(id) })),
      },
    ],
    sql: `SELECT a.edge_id, a.alliance_id, a.doc_id, d.place_en, d.place_zh,
       a.kind, a.kind_zh, a.lead_zh, a.member_zh, a.quote
FROM alliances AS a
JOIN documents AS d USING (doc_id)
ORDER BY a.edge_id;`,
  };
}

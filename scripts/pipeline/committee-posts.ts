// Committee lists, line by line: a member's name (padding removed) and post, and the post split into organisation
// and title (`旗委常委、组织部部长`). Read from the RAW text so names keep their padding as written.
import { analyseName, type NameAnalysis } from './organisation-analysis.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';

export const SPACE = '[\\s\\u3000\\u00a0]';

const HAN_NAME = /^[\u4e00-\u9fff·]{2,8}$/;

/** A piece of raw text with the raw offset of each of its characters (it may span a wrapped line). */
export interface RawText {
  text: string;
  offsets: number[];
}

export interface PostPart {
  titleZh: string;
  org: { written: string; start: number; end: number; analysis: NameAnalysis } | null;
}

export function squeeze(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

export function rawOf(raw: string, start: number, end: number): RawText {
  const offsets: number[] = [];
  let text = '';
  for (let i = start; i < end; i++) {
    const c = raw[i] ?? '';
    if (/[\s\u3000\u00a0]/.test(c)) continue;
    text += c;
    offsets.push(i);
  }
  return { text, offsets };
}

export function concat(a: RawText, b: RawText): RawText {
  return { text: a.text + b.text, offsets: [...a.offsets, ...b.offsets] };
}

export function endsWithTitle(post: string, v: OrganisationVocab): boolean {
  const bare = post.replace(/[(（][^)）]*[)）]$/, '');
  return v.titles.some((t) => t !== '长' && bare.endsWith(t));
}

/** Split a post (`旗委常委、组织部部长`) into organisation + title parts. */
export function splitPost(post: RawText, v: OrganisationVocab): PostPart[] {
  const parts: PostPart[] = [];
  const titles = [...v.titles].sort((a, b) => b.length - a.length);
  let from = 0;
  for (const piece of post.text.split('、')) {
    const pieceStart = from;
    from += piece.length + 1;
    const core = piece.replace(/[(（][^)）]*[)）]$/, '');
    let best: PostPart | null = null;
    for (const t of titles) {
      if (!core.endsWith(t)) continue;
      const orgText = core.slice(0, core.length - t.length);
      if (orgText === '') {
        best = best ?? { titleZh: t, org: null };
        continue;
      }
      const analysis = analyseName(orgText, v, { fromList: true });
      if (!analysis) continue;
      const s = post.offsets[pieceStart] ?? 0;
      const e = (post.offsets[pieceStart + orgText.length - 1] ?? s) + 1;
      best = { titleZh: piece.slice(orgText.length), org: { written: orgText, start: s, end: e, analysis } };
      break;
    }
    parts.push(best ?? { titleZh: piece, org: null });
  }
  return parts;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(raw: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s\u3000\u00a0]+/g;
  const s = raw.slice(start, end);
  for (let m = re.exec(s); m; m = re.exec(s))
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** `常  海     旗委委员、常委` → name 常海 + post; names are 2–8 Han characters, padded pieces are single characters. */
export function splitNameAndPost(
  raw: string,
  start: number,
  end: number,
): { nameStart: number; nameEnd: number; name: string; post: RawText } | null {
  const all = rawOf(raw, start, end);
  // 张三（县长）: the post in brackets after the name.
  const bracket = /^([\u4e00-\u9fff·]{2,8})[(（](.+)[)）]$/.exec(all.text);
  if (bracket && bracket[1] && bracket[2]) {
    const n = bracket[1].length;
    const post: RawText = { text: bracket[2], offsets: all.offsets.slice(n + 1, n + 1 + bracket[2].length) };
    return { nameStart: all.offsets[0] ?? start, nameEnd: (all.offsets[n - 1] ?? start) + 1, name: bracket[1], post };
  }
  const toks = tokens(raw, start, end);
  if (toks.length < 2) return null;
  const first = toks[0] as Token;
  let n = 1;
  let name = first.text;
  while (n < toks.length - 1 && (name.length < 2 || (toks[n] as Token).text.length === 1)) {
    name += (toks[n] as Token).text;
    n++;
  }
  const last = toks[n - 1] as Token;
  if (!HAN_NAME.test(name) || n >= toks.length) return null;
  const post = rawOf(raw, (toks[n] as Token).start, end);
  if (!/[\u4e00-\u9fff]{2}/.test(post.text)) return null;
  return { nameStart: first.start, nameEnd: last.end, name, post };
}

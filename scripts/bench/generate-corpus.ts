// Synthetic plans for benchmarks: paragraphs of the real sources recombined and perturbed, deterministic from a seed.
//
// The shape mimics a national corpus: plans come in groups (a province's counties) that share a template
// (the group's own text plus a few paragraphs adapted from the sources, as from national documents),
// every plan carries some national boilerplate, each has text of its own, and now and then a plan copies
// a paragraph from a plan of another group. Own text is drawn from an order-2 character Markov chain
// trained on the sources, so it reads like the genre and shares stock phrases by chance.

export interface SourceParagraphs {
  docId: string;
  /** Body paragraphs (clean text) of a real plan. */
  paragraphs: string[];
}

export interface GenerateOptions {
  /** Number of plans to generate. */
  n: number;
  seed: number;
  /** Plans per group sharing one template. */
  groupSize: number;
  /** Paragraphs in a group template: the group's own (Markov) text and paragraphs adapted from the sources. */
  templateParagraphs: number;
  templateSourceParagraphs: number;
  /** Share of the template each plan of the group takes. */
  templateShare: number;
  /** Paragraphs of each plan's own (Markov) text. */
  ownParagraphs: number;
  /** National boilerplate paragraphs every plan carries. */
  boilerplateParagraphs: number;
  /** Share of characters substituted when a group adapts a source paragraph, and again when a plan adapts the template. */
  groupSubstitution: number;
  planSubstitution: number;
  /** Probability that a copied paragraph loses one clause, and that it gains one. */
  dropClause: number;
  insertClause: number;
  /** Probability that a plan copies a paragraph from a plan of another group. */
  crossCopy: number;
}

export const DEFAULT_GENERATE_OPTIONS: Omit<GenerateOptions, 'n'> = {
  seed: 20240601,
  groupSize: 8,
  templateParagraphs: 18,
  templateSourceParagraphs: 6,
  templateShare: 0.6,
  ownParagraphs: 14,
  boilerplateParagraphs: 2,
  groupSubstitution: 0.03,
  planSubstitution: 0.02,
  dropClause: 0.3,
  insertClause: 0.2,
  crossCopy: 0.3,
};

export interface GeneratedPlan {
  docId: string;
  fileName: string;
  group: number;
  text: string;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PART_HEADINGS = [
  '一、总体要求',
  '二、重点任务',
  '三、体制机制',
  '四、服务能力',
  '五、医保支付',
  '六、人事薪酬',
  '七、信息化建设',
  '八、保障措施',
  '九、组织实施',
  '十、其他事项',
];
const CJK = /[\u4e00-\u9fff]/;
const LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*/;

export function generateCorpus(
  sources: SourceParagraphs[],
  options: Partial<GenerateOptions> & { n: number },
): GeneratedPlan[] {
  const opt: GenerateOptions = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  const rand = prng(opt.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Labels (1. （二） 三、) are dropped so a copied paragraph never parses as a heading of the wrong level.
  const pool = sources
    .flatMap((s) => s.paragraphs)
    .map((p) => p.replace(LABEL, ''))
    .filter((p) => p.length >= 30);
  if (pool.length < 10)
    throw new Error(`generateCorpus: need at least 10 source paragraphs of 30+ characters, got ${pool.length}`);
  const alphabet = [...new Set([...pool.join('')].filter((c) => CJK.test(c)))].sort();
  const chain = markovChain(pool);
  const starts = pool.map((p) => p.slice(0, 2)).filter((s) => chain.has(s));

  const substitute = (text: string, rate: number): string =>
    [...text].map((c) => (CJK.test(c) && rand() < rate ? pick(alphabet) : c)).join('');
  const editClauses = (text: string): string => {
    const clauses = text.split(/(?<=[，；,;])/);
    if (clauses.length > 2 && rand() < opt.dropClause) clauses.splice(1 + Math.floor(rand() * (clauses.length - 2)), 1);
    if (rand() < opt.insertClause) {
      const donor = pick(pool).split(/(?<=[，；,;])/);
      clauses.splice(Math.floor(rand() * clauses.length), 0, pick(donor).replace(/[。；;]$/, '，'));
    }
    return clauses.join('');
  };
  const ownParagraph = (): string => {
    let text = pick(starts);
    const target = 80 + Math.floor(rand() * 170);
    while (text.length < 400) {
      const next = chain.get(text.slice(-2));
      if (!next) break;
      const c = next[Math.floor(rand() * next.length)] as string;
      text += c;
      if (c === '。' && text.length >= target) break;
    }
    return text.endsWith('。') ? text : `${text}。`;
  };

  const boilerplate = Array.from({ length: opt.boilerplateParagraphs }, () => pick(pool));
  const plans: GeneratedPlan[] = [];
  const bodies: string[][] = [];
  let template: string[] = [];
  for (let i = 0; i < opt.n; i++) {
    const group = Math.floor(i / opt.groupSize);
    if (i % opt.groupSize === 0) {
      template = [
        ...Array.from({ length: opt.templateParagraphs }, () => ownParagraph()),
        ...Array.from({ length: opt.templateSourceParagraphs }, () =>
          editClauses(substitute(pick(pool), opt.groupSubstitution)),
        ),
      ];
    }
    const body: string[] = boilerplate.map((p) => substitute(p, opt.planSubstitution / 4));
    for (const p of template)
      if (rand() < opt.templateShare) body.push(editClauses(substitute(p, opt.planSubstitution)));
    for (let j = 0; j < opt.ownParagraphs; j++) body.push(ownParagraph());
    if (group > 0 && rand() < opt.crossCopy) {
      const donor = bodies[Math.floor(rand() * group * opt.groupSize)] as string[];
      body.push(editClauses(substitute(pick(donor), opt.planSubstitution)));
    }
    // Keep the boilerplate first (where plans put it) and shuffle the rest, as plans order their tasks differently.
    const rest = body.slice(boilerplate.length);
    for (let j = rest.length - 1; j > 0; j--) {
      const k = Math.floor(rand() * (j + 1));
      [rest[j], rest[k]] = [rest[k] as string, rest[j] as string];
    }
    const paragraphs = [...body.slice(0, boilerplate.length), ...rest];
    bodies.push(paragraphs);
    const docId = `synthetic${String(i + 1).padStart(5, '0')}`;
    plans.push({
      docId,
      fileName: `${docId}.txt`,
      group,
      text: layout(`第${i + 1}号县紧密型县域医共体建设实施方案`, paragraphs),
    });
  }
  return plans;
}

/** Order-2 character Markov chain: for each two-character context, the characters that follow it in the sources. */
function markovChain(paragraphs: string[]): Map<string, string[]> {
  const chain = new Map<string, string[]>();
  for (const p of paragraphs) {
    for (let i = 2; i < p.length; i++) {
      const ctx = p.slice(i - 2, i);
      const list = chain.get(ctx) ?? [];
      list.push(p[i] as string);
      chain.set(ctx, list);
    }
  }
  return chain;
}

/** A plan as the genre lays it out: title, then parts headed 一、二、… of about eight paragraphs each. */
function layout(title: string, paragraphs: string[]): string {
  const lines = [title, ''];
  const perPart = Math.max(1, Math.ceil(paragraphs.length / PART_HEADINGS.length));
  paragraphs.forEach((p, i) => {
    if (i % perPart === 0) lines.push(PART_HEADINGS[Math.floor(i / perPart)] as string, '');
    lines.push(p, '');
  });
  return lines.join('\n');
}

// data/manifest.json: facts a text lacks, kept by hand, each with its origin. Checked when the file is read.
import { z } from 'zod';

const text = z.string().min(1, 'must not be empty');
/** `unknown` is an honest value for a source fact; it still needs its origin (why it is not known). */
const UNKNOWN = z.literal('unknown');

export const ManifestEntry = z.strictObject({
  doc_id: z.string().regex(/^[a-z0-9_-]+$/, 'must be the raw file name without .txt (a-z, 0-9, _ and -)'),
  /** File name in data/raw/. */
  file: text,
  place_zh: text,
  /** '' (and null coordinates) while unknown: a stub written by `npm run add` before a person fills it in. */
  place_en: z.string(),
  level: z.enum(['province', 'prefecture', 'county']),
  province_zh: z.string(),
  province_en: z.string(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  /** Only where the text lacks it. */
  title_zh: text.optional(),
  issuer_zh: text.optional(),
  issue_year: z.number().int().min(1949).max(2100).optional(),
  /** Where the copy in data/raw was obtained: the official address when known. Absent = unknown. */
  source_url: z
    .union([UNKNOWN, z.url({ protocol: /^https?$/, error: 'must be an http(s) address or unknown' })])
    .optional(),
  /** Who published the copy (a government site, a gazette…). Absent = unknown. */
  publisher: text.optional(),
  /** When the copy was obtained, YYYY-MM-DD. Absent = unknown. */
  retrieval_date: z.union([UNKNOWN, z.iso.date({ error: 'must be a date YYYY-MM-DD or unknown' })]).optional(),
  /** Where each fact comes from, by field name. */
  origins: z.record(z.string(), text),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const ManifestFile = z
  .strictObject({ $comment: z.string().optional(), documents: z.array(ManifestEntry) })
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.documents.forEach((d, i) => {
      const prev = seen.get(d.doc_id);
      if (prev !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i, 'doc_id'],
          message: `duplicate doc_id (also entry ${prev})`,
        });
      seen.set(d.doc_id, i);
      for (const f of ['title_zh', 'issuer_zh', 'issue_year', 'source_url', 'publisher', 'retrieval_date'] as const)
        if (d[f] !== undefined && !(f in d.origins))
          ctx.addIssue({ code: 'custom', path: ['documents', i, 'origins'], message: `gives ${f} without its origin` });
    });
  });
export type ManifestFile = z.infer<typeof ManifestFile>;

// Markdown the pages show, read through Astro content collections (src/content.config.ts): the site's prose
// in both languages and the extraction rule files the pipeline publishes. Pages only (astro:content).
import { basename } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../../i18n/ui.ts';
import { fillHtml } from '../fill-html.ts';
import { prefixIds } from '../prefix-ids.ts';

/** HTML of src/content/<lang>/<name>.md with its `{placeholders}` filled. */
export async function proseHtml(
  name: string,
  lang: Lang,
  values: Record<string, string | number> = {},
): Promise<string> {
  const source = `src/content/${lang}/${name}.md`;
  const entry = (await getEntry('prose', `${lang}/${name}`)) as { rendered?: { html: string } | undefined } | undefined;
  if (!entry?.rendered) throw new Error(`${source}: not found (the prose collection has no such entry)`);
  return fillHtml(entry.rendered.html, values, source);
}

export interface RuleFile {
  /** File name as published (TARGET_RULES.md). */
  name: string;
  /** Rendered, heading ids prefixed by the file's name (target-rules-limits). */
  html: string;
}

/** The rule files under public/data/rules/, by name; none before `npm run data` has published them. */
export async function ruleFiles(): Promise<RuleFile[]> {
  // Typed by hand: the typecheck also runs where `astro sync` has not generated the collection types.
  const entries = (await getCollection('rules')) as {
    id: string;
    filePath?: string | undefined;
    rendered?: { html: string } | undefined;
  }[];
  return entries
    .map((e) => {
      const name = basename(e.filePath ?? `${e.id}.md`);
      // Heading ids prefixed by the file (target-rules-limits): the page showing them has ids of its own.
      const prefix = name.replace(/\.md$/, '').toLowerCase().replace(/_/g, '-');
      return { name, html: prefixIds(e.rendered?.html ?? '', prefix) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

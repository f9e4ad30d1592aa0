// Content collections: the site's long prose in Markdown (src/content/<lang>/…) and the extraction rule files as
// the pipeline publishes them (public/data/rules/*.md). Read through src/lib/site-data/content.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  prose: defineCollection({ loader: glob({ pattern: '{en,zh}/**/*.md', base: './src/content' }) }),
  rules: defineCollection({ loader: glob({ pattern: '*.md', base: './public/data/rules' }) }),
};

// What the explorer's result cells may link to, decided at build time: the plan pages, the row keys that have a
// highlight there (each dataset with quotes: its key column besides doc_id), and each plan's published source text
// (a quote's paragraph is found by its offset). Read by src/lib/explore-links.ts in the browser.
import { spanDatasets } from '../../lib/anchors.ts';
import type { LinkSpec } from '../../lib/explore-links.ts';
import { assetPath, localizedPath, type Lang } from '../../i18n/ui.ts';

export function explorerLinkSpec(documents: { doc_id: string; source_file: string }[], lang: Lang): LinkSpec {
  return {
    planHref: `${localizedPath('/plans/', lang)}{doc}/`,
    sources: Object.fromEntries(
      documents.map((d) => [d.doc_id, assetPath(`data/sources/${d.source_file.split('/').pop() ?? ''}`)]),
    ),
    keys: spanDatasets().flatMap((spec) => {
      const key = spec.primaryKey.filter((k) => k !== 'doc_id');
      return key.length === 1 ? [{ column: key[0]!, dataset: spec.name }] : [];
    }),
  };
}

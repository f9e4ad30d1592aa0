// README-DATA.md for the zip and the repository: generated from the same specs as datapackage.json, so it cannot drift.
import { columnsOf } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import type { Release } from './changelog.ts';
import { CSV_NOTE, type DatasetFiles } from './datapackage.ts';
import { PACKAGE_META } from './package-meta.ts';

const cellText = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function citationText(release: Release): string {
  return `County health plans project (${release.date.slice(0, 4)}). ${PACKAGE_META.title}. Version ${release.version}. Data: CC BY 4.0.`;
}

export function readmeData(specs: DatasetSpec[], files: Record<string, DatasetFiles>, release: Release): string {
  const out: string[] = [];
  out.push(
    `# ${PACKAGE_META.title}`,
    '',
    PACKAGE_META.titleZh,
    '',
    `Data version **${release.version}** (${release.date}). See CHANGELOG.md.`,
    '',
  );
  out.push(PACKAGE_META.description, '', PACKAGE_META.descriptionZh, '');
  out.push(
    '## Files',
    '',
    'Every dataset comes in three formats with the same rows in the same order (sorted by primary key):',
    '',
  );
  out.push(`- \`<name>.csv\`: ${CSV_NOTE.replace(/^CSV: /, '')}`);
  out.push('- `<name>.json`: an array of row objects; null for missing values.');
  out.push('- `<name>.parquet`: typed columns (VARCHAR, BIGINT, DOUBLE, BOOLEAN), written with DuckDB.');
  out.push(
    '- `datapackage.json`: Frictionless Data Package: a tabular resource per dataset (schemas, keys, sizes, SHA-256 hashes) and a resource per source file.',
  );
  out.push(
    '- `sources/<doc_id>.txt`: each plan’s text exactly as received, the file every `start`/`end` offset indexes; `sources/originals/<doc_id>.<ext>`: the file a text was converted from, where there is one.',
  );
  out.push(
    '- `SHA256SUMS` (next to the zip on the website): checksums of every file; check with `sha256sum -c SHA256SUMS`.',
    '',
  );
  const parted = specs.filter((spec) => (files[spec.name]?.parts?.length ?? 0) > 1);
  // Only when a dataset is in parts: a release without them keeps its README byte for byte.
  if (parted.length > 0)
    out.push(
      '### Datasets in parts',
      '',
      `Too large for one file on a static host, ${parted.map((s) => `\`${s.name}\``).join(', ')} ${parted.length === 1 ? 'comes' : 'come'} in parts cut between rows, the same rows in every format: \`<name>.part-001.csv\`, \`<name>.part-001.json\`, \`<name>.part-001.parquet\`, \`<name>.part-002.…\` (no single \`<name>.csv\`). Each JSON part is a valid array and each Parquet part a complete file. The CSV parts are one file cut in pieces (the Frictionless multipart rule: in datapackage.json the resource's \`path\` lists them): only the first has the BOM and the header, and joined in order (\`cat <name>.part-*.csv > <name>.csv\`) they are the whole CSV, whose size and hash datapackage.json gives; its \`parts\` property lists each part's rows, files and hashes.`,
      '',
    );
  out.push('| dataset | rows | CSV bytes | description |', '|---|---:|---:|---|');
  for (const spec of specs) {
    const f = files[spec.name];
    out.push(`| \`${spec.name}\` | ${f?.rows ?? 0} | ${f?.csv.bytes ?? 0} | ${cellText(spec.description)} |`);
  }
  out.push('');
  for (const spec of specs) {
    out.push(`## ${spec.name}: ${spec.title}`, '', spec.description, '');
    out.push(`Primary key: ${spec.primaryKey.map((k) => `\`${k}\``).join(', ')}.`);
    for (const fk of spec.foreignKeys ?? [])
      out.push(
        `Foreign key: ${fk.fields.map((k) => `\`${k}\``).join(', ')} → \`${fk.reference.resource}\` (${fk.reference.fields.map((k) => `\`${k}\``).join(', ')}).`,
      );
    out.push('', '| column | type | null | description |', '|---|---|---|---|');
    for (const c of columnsOf(spec)) {
      const values = c.values
        ? ` Values: ${c.values
            .filter((v) => v !== '')
            .map((v) => `\`${v}\``)
            .join(', ')}.`
        : '';
      out.push(`| \`${c.name}\` | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${cellText(c.description)}${values} |`);
    }
    out.push('');
  }
  out.push(
    '## Provenance',
    '',
    'Rows that quote the text carry `doc_id`, `section_id`, `start`, `end` and `quote`: `start` and `end` are offsets in UTF-16 code units into the raw source file, and `raw.slice(start, end) === quote`.',
    '',
  );
  out.push(
    '## Licence and sources',
    '',
    `Data: ${PACKAGE_META.licenses[0].title} (${PACKAGE_META.licenses[0].path}); see LICENSE-DATA.md.`,
    '',
    PACKAGE_META.sourcesNote,
    '',
  );
  out.push('## How to cite', '', citationText(release), '', 'Machine-readable: CITATION.cff.', '');
  return out.join('\n');
}

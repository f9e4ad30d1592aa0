// The layers of README "Layers", enforced on every .ts/.mjs import (`npm run lint:layers`). dependency-cruiser
// cannot read .astro files: the same site rules for .astro imports are in eslint.config.js (no-restricted-imports).
//
//   src/lib/schema (zod only) ← src/lib/text (nothing of ours) ← scripts/pipeline (pure, browser-safe)
//     ← shells: scripts/*.ts, scripts/release, scripts/site (the only disk I/O)
//   site (src/pages, src/components, src/layouts, src/lib, src/i18n) reads published data; never scripts/**,
//     except src/{pages,components}/extract/** → scripts/pipeline/index.ts (the pipeline run in the browser)
//   e2e ⟂ scripts/bench (shared measuring code: scripts/measure); scripts/test-support only for tests
//   astro:* are Astro's virtual modules (content collections…), resolved by Astro at build time
/** Tests and test helpers may reach anything they check. */
const TEST = '\\.(test|e2e)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere (type-only imports included: a cycle of types is still a tangle).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-only-zod',
      severity: 'error',
      comment: 'src/lib/schema depends on zod and on itself, nothing else.',
      from: { path: '^src/lib/schema/', pathNot: TEST },
      to: { pathNot: ['^src/lib/schema/', '^node_modules/zod/'] },
    },
    {
      name: 'text-toolkit-standalone',
      severity: 'error',
      comment: 'src/lib/text depends on nothing of ours and no Node built-in; npm package allowed: entities.',
      from: { path: '^src/lib/text/', pathNot: TEST },
      to: { pathNot: ['^src/lib/text/', '^node_modules/entities/'] },
    },
    {
      name: 'pipeline-no-node',
      severity: 'error',
      comment:
        'scripts/pipeline is browser-safe: no Node built-in (node:*, fs, path, os, process, worker_threads…). ' +
        'Vocabularies and files arrive as arguments.',
      from: { path: '^scripts/pipeline/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pipeline-not-outer-layers',
      severity: 'error',
      comment:
        'scripts/pipeline never imports the shells, release/site writers, bench, measuring code, e2e, eval or ' +
        'site pages, components and layouts.',
      from: { path: '^scripts/pipeline/', pathNot: TEST },
      to: {
        path: [
          '^scripts/[^/]+\\.ts$',
          '^scripts/(release|site|bench|measure)/',
          '^e2e/',
          '^eval/',
          '^src/(pages|components|layouts)/',
        ],
      },
    },
    {
      name: 'site-not-scripts',
      severity: 'error',
      comment:
        'Site code reads published data through its data-access module; it never imports build code (scripts/**) ' +
        'nor the raw sources and vocabularies (data/**).',
      from: { path: '^src/', pathNot: ['^src/lib/(schema|text|csv)/', '^src/(pages|components)/extract/', TEST] },
      to: { path: ['^scripts/', '^data/'] },
    },
    {
      name: 'extract-pages-only-pipeline-entry',
      severity: 'error',
      comment: 'The in-browser extraction pages import the pure pipeline through its one entry point, nothing else.',
      from: { path: '^src/(pages|components)/extract/', pathNot: TEST },
      to: { path: ['^scripts/', '^data/(raw|vocab)/'], pathNot: '^scripts/pipeline/index\\.ts$' },
    },
    {
      name: 'shared-libs-not-scripts',
      severity: 'error',
      comment: 'The CSV module is shared by the pipeline and the site: it never imports build code.',
      from: { path: '^src/lib/csv/', pathNot: TEST },
      to: { path: '^scripts/' },
    },
    {
      name: 'e2e-not-bench',
      severity: 'error',
      comment: 'e2e and the bench do not import each other; shared measuring code lives in scripts/measure.',
      from: { path: '^e2e/' },
      to: { path: '^scripts/bench/' },
    },
    {
      name: 'bench-not-e2e',
      severity: 'error',
      comment: 'e2e and the bench do not import each other; shared measuring code lives in scripts/measure.',
      from: { path: '^scripts/bench/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      comment: 'Test helpers (they read the corpus from disk) are imported by tests only.',
      from: { pathNot: [TEST, '^scripts/test-support/'] },
      to: { path: '^scripts/test-support/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        "An import that resolves to no file is a typo or a missing dependency (Vite's ?url imports and Astro's " +
        'virtual astro:* modules aside).',
      from: {},
      to: { couldNotResolve: true, pathNot: ['\\?(url|raw|worker)$', '^astro:'] },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(dist|\\.astro|public|node_modules)/' },
    // Type-only imports count: a site file that imports a pipeline type still depends on the pipeline's shape.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.astro'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

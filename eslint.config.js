// ESLint: typescript-eslint's strict type-checked rules for TypeScript, eslint-plugin-astro for .astro files.
// `npm run lint` runs this and `prettier --check .`; formatting rules are Prettier's, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Selectors of `no-restricted-syntax`, named so the blocks below can combine them (a later block's options
// replace an earlier block's for the same rule, they do not add up).
const NO_CLOCK = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'No clock in the pipeline: pass a date as an argument.',
};
const NO_RAW_GLOB = {
  selector:
    "CallExpression[callee.object.meta.name='import'][callee.property.name='glob'] > Literal[value=/(^|\\/)data\\/(raw|vocab)\\//]",
  message: 'Site code reads published data, never data/raw or data/vocab.',
};
// push(...rows) passes every element as an argument: past ~100k elements the call overflows the stack (it did at
// 1,500 plans). Code whose arrays grow with the corpus appends in a loop.
const NO_SPREAD_APPEND = {
  selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
  message: 'Arrays here grow with the corpus: append in a loop (for … of) instead of spreading into one call.',
};
// Modules whose arrays hold rows, report entries or pages of the whole corpus.
const CORPUS_SCALE_PIPELINE = [
  'scripts/pipeline/run-pipeline.ts',
  'scripts/pipeline/extract-all.ts',
  'scripts/pipeline/find-reuse*.ts',
  'scripts/pipeline/sort-rows.ts',
  'scripts/pipeline/validate-rows.ts',
  'scripts/pipeline/vocab-rows.ts',
];
const CORPUS_SCALE_SITE = ['src/lib/site-data/**/*.ts', 'src/lib/search/**/*.ts'];
const CORPUS_SCALE_SHELLS = ['scripts/*.ts', 'scripts/release/**/*.ts', 'scripts/site/**/*.ts', 'scripts/io/**/*.ts'];

export default defineConfig(
  {
    // Generated or installed: built site, Astro's types, published data, test output.
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'public/data/',
      'public/search/',
      'public/embed-assets/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // eslint.config.js itself is outside tsconfig.json's `include`: checked with the default project.
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
  },
  {
    // Tuning of the strict preset, each with its reason.
    rules: {
      // Offsets, line numbers and byte sizes go into messages and ids all the time; booleans, nullish values and
      // objects in a template stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsconfig's noUncheckedIndexedAccess (astro/tsconfigs/strictest) types every xs[i] as possibly undefined;
      // `xs[i]!` after a bounds check or a regex group that must match is the idiomatic, visible answer.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `(ok) => server.close(ok)`: a one-expression arrow that returns a void call is clear enough.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `[...text]` splits Chinese text into code points on purpose (grapheme clusters are not what offsets count).
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      // Chinese text is indented with U+3000 (ideographic space): fixtures in template literals and comments quoting
      // the plans keep it as written. Irregular white space between code tokens stays an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
      // Unused arguments named `_x` mark a signature that must be kept (callbacks, overrides).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser has no project service: it type-checks .astro files against tsconfig.json directly.
      parserOptions: { projectService: false, project: './tsconfig.json', extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Markup in an Astro expression (`{rows.map((r) => <li>{r}</li>)}`) is typed `any` by Astro's JSX types,
      // so every such callback would be reported; `astro check` type-checks the templates instead.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // <script> blocks of .astro files are linted as virtual files (Foo.astro/1_1.ts) that no TypeScript program
    // contains: syntax and non-type rules only (astro check type-checks them). Without this they fail to parse, and
    // eslint-plugin-astro drops that error silently, so they would not be linted at all.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    // Site code runs in the browser (client scripts) and in Node (Astro frontmatter, at build time).
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Layers that an import graph cannot show (dependency-cruiser checks the imports, .dependency-cruiser.cjs):
    // the pure pipeline stages read no clock, no environment and no Node global; they run in a Web Worker later.
    files: ['scripts/pipeline/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'performance', '__dirname', '__filename', 'require', 'setImmediate'].map((name) => ({
          name,
          message: 'scripts/pipeline is pure and browser-safe: pass what you need as an argument.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'No clock in the pipeline: pass a date as an argument.' },
      ],
      'no-restricted-syntax': ['error', NO_CLOCK],
    },
  },
  {
    // dependency-cruiser cannot parse .astro files: the site's import rules for them live here (paths are relative,
    // so `^(../)+scripts/` is the project's scripts/ folder, not a folder of that name inside src/).
    files: ['src/**/*.astro', 'src/**/*.astro/*.ts'],
    ignores: ['src/pages/extract/**', 'src/components/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+scripts/',
              message: 'Site code never imports build code: publish what the page needs and read it as data.',
            },
            {
              regex: '^(\\.\\./)+data/(raw|vocab)/',
              message: 'Site code reads published data, never data/raw or data/vocab.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/{pages,components}/extract/**/*.astro', 'src/{pages,components}/extract/**/*.astro/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+scripts/(?!pipeline/index\\.ts$)',
              message: 'The extraction pages import the pipeline through scripts/pipeline/index.ts only.',
            },
            {
              regex: '^(\\.\\./)+data/(raw|vocab)/',
              message: 'The pipeline receives vocabularies as arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    // Vite's import.meta.glob is an import that no import rule sees.
    files: ['src/**/*.astro', 'src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', NO_RAW_GLOB],
    },
  },
  {
    files: CORPUS_SCALE_PIPELINE,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_CLOCK, NO_SPREAD_APPEND] },
  },
  {
    files: CORPUS_SCALE_SITE,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_RAW_GLOB, NO_SPREAD_APPEND] },
  },
  {
    files: CORPUS_SCALE_SHELLS,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_SPREAD_APPEND] },
  },
  {
    // Plain browser scripts served as they are (not part of the TypeScript project): syntax rules only.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    // CommonJS configs (dependency-cruiser): not part of the TypeScript project.
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

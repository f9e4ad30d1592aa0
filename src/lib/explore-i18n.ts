// Words of the SQL explorer in both languages; `{n}`-style slots are filled by fill().
import type { Lang } from '../i18n/ui.ts';

export const EXPLORE_TEXT = {
  en: {
    title: 'Explore the data with SQL',
    description: 'Ask your own questions of the datasets with SQL, in your browser.',
    intro:
      'Every dataset is a table named after it. Queries run in your browser with DuckDB: nothing you type is sent anywhere. The database engine (about 7.7 MB) is downloaded from this site only when you run a query.',
    editorLabel: 'SQL query',
    run: 'Run',
    shortcut: 'or Ctrl + Enter (⌘ + Enter on a Mac)',
    loadingEngine: 'Loading the database engine…',
    loadingBytes: 'Loading the database engine… {loaded} of {total} MB',
    loadingTables: 'Loading the tables…',
    running: 'Running the query…',
    rows: '{n} rows',
    row: '1 row',
    shown: 'first {shown} shown',
    took: 'in {ms} ms',
    loadFailed: 'The database engine could not be loaded: {message}',
    loadTimeout:
      'The database engine did not load within {s} seconds. Your connection may be slow, or the site may block WebAssembly.',
    retry: 'Retry',
    queryError: 'The query failed',
    extensionHint:
      'This explorer works offline from this site: DuckDB extensions (Parquet, JSON, time zones) are not available.',
    empty: 'The query returned no rows.',
    download: 'Download the result',
    csv: 'CSV',
    json: 'JSON',
    result: 'Query result',
    schema: 'Tables',
    schemaIntro: 'Columns, their SQL types and what they hold.',
    rowsIn: '{n} rows',
    nullable: 'may be empty',
    quoteHint: 'SQL keyword: write "{name}"',
    showTable: 'Show the first rows',
    examples: 'Example questions',
    examplesIntro: 'Each opens in the editor above and runs.',
    sql: 'SQL',
    noJs: 'The SQL explorer needs JavaScript and WebAssembly. The datasets can also be downloaded as CSV and JSON files.',
    downloads: 'Download the datasets',
  },
  zh: {
    title: '用 SQL 查询数据',
    description: '在浏览器中用 SQL 自行查询各数据集。',
    intro:
      '每个数据集是一张同名的表。查询在你的浏览器中由 DuckDB 执行，输入的内容不会发送到任何地方。数据库引擎（约 7.7 MB）仅在你运行查询时从本站下载。',
    editorLabel: 'SQL 查询',
    run: '运行',
    shortcut: '或按 Ctrl + Enter（Mac 上为 ⌘ + Enter）',
    loadingEngine: '正在加载数据库引擎…',
    loadingBytes: '正在加载数据库引擎… {loaded} / {total} MB',
    loadingTables: '正在载入数据表…',
    running: '正在执行查询…',
    rows: '{n} 行',
    row: '1 行',
    shown: '显示前 {shown} 行',
    took: '用时 {ms} 毫秒',
    loadFailed: '数据库引擎加载失败：{message}',
    loadTimeout: '数据库引擎未能在 {s} 秒内加载完成。可能是网络较慢，或网站环境禁止了 WebAssembly。',
    retry: '重试',
    queryError: '查询出错',
    extensionHint: '本查询工具只使用本站资源，不提供 DuckDB 扩展（Parquet、JSON、时区）。',
    empty: '查询没有返回任何行。',
    download: '下载查询结果',
    csv: 'CSV',
    json: 'JSON',
    result: '查询结果',
    schema: '数据表',
    schemaIntro: '各列名称、SQL 类型及含义（含义说明为英文）。',
    rowsIn: '{n} 行',
    nullable: '可为空',
    quoteHint: 'SQL 关键字，须写作 "{name}"',
    showTable: '查看前几行',
    examples: '示例问题',
    examplesIntro: '点击后在上方编辑器中打开并运行。',
    sql: 'SQL',
    noJs: 'SQL 查询工具需要 JavaScript 和 WebAssembly。也可以下载 CSV 和 JSON 格式的数据集。',
    downloads: '下载数据集',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ExploreText = { [K in keyof (typeof EXPLORE_TEXT)['en']]: string };

export function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in slots ? String(slots[k]) : m));
}

// Link to the SQL explorer opened on a query (chart pages use it to show the SQL behind a chart).
import { localizedPath, type Lang } from '../i18n/ui.ts';

export function exploreHref(sql: string, lang: Lang, base?: string): string {
  return `${localizedPath('/explore/', lang, base)}?sql=${encodeURIComponent(sql.trim())}`;
}

// The build's site settings (SITE_URL, REPORT_ERRORS_TO) as pages read them: from the environment at build time.
import { readSiteSettings, type SiteSettings } from '../site-settings.ts';

let settings: SiteSettings | null = null;

export function buildSettings(): SiteSettings {
  settings ??= readSiteSettings(process.env);
  return settings;
}

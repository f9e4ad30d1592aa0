// The site's two public settings, read from the environment at build time (README "Settings"):
//   SITE_URL          the address the site is served at (https://host or https://host/sub/); unset: links stay
//                     relative and full addresses are filled in from the reader's own location
//   REPORT_ERRORS_TO  where readers report an error: an https:// issue page or an e-mail address
// A bad value stops the build with a message naming the setting; a placeholder host is refused.

export class SettingError extends Error {
  constructor(setting: string, problem: string) {
    super(`${setting}: ${problem}`);
    this.name = 'SettingError';
  }
}

/** Hosts reserved for examples (RFC 2606): a site never lives there. */
const PLACEHOLDER_HOSTS = /(^|\.)example\.(org|com|net)$|(^|\.)(example|test|invalid)$/i;

/** SITE_URL as a URL ending in '/', or null when unset or empty. */
export function parseSiteUrl(value: string | undefined, setting = 'SITE_URL'): URL | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new SettingError(setting, `${JSON.stringify(v)} is not an absolute address (write https://host/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SettingError(setting, `${JSON.stringify(v)} must start with https:// or http://`);
  if (PLACEHOLDER_HOSTS.test(url.hostname))
    throw new SettingError(setting, `${url.hostname} is a placeholder host; leave ${setting} unset instead`);
  if (url.search || url.hash) throw new SettingError(setting, `${JSON.stringify(v)} must not carry a ?query or #hash`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export interface ReportTarget {
  kind: 'url' | 'email';
  /** What a link points to: the page itself, or mailto:… */
  href: string;
  /** What a reader sees: the address without the scheme. */
  label: string;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** REPORT_ERRORS_TO as a link target, or null when unset or empty. */
export function parseReportTarget(value: string | undefined, setting = 'REPORT_ERRORS_TO'): ReportTarget | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  const mail = v.replace(/^mailto:/i, '');
  if (EMAIL.test(mail)) {
    if (PLACEHOLDER_HOSTS.test(mail.split('@')[1]!))
      throw new SettingError(setting, `${mail} is at a placeholder host; leave ${setting} unset instead`);
    return { kind: 'email', href: `mailto:${mail}`, label: mail };
  }
  const url = (() => {
    try {
      return new URL(v);
    } catch {
      throw new SettingError(setting, `${JSON.stringify(v)} is neither an e-mail address nor an https:// address`);
    }
  })();
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SettingError(setting, `${JSON.stringify(v)} must be an e-mail address or start with https://`);
  if (PLACEHOLDER_HOSTS.test(url.hostname))
    throw new SettingError(setting, `${url.hostname} is a placeholder host; leave ${setting} unset instead`);
  return { kind: 'url', href: url.href, label: url.href.replace(/^https?:\/\//, '').replace(/\/$/, '') };
}

export interface SiteSettings {
  siteUrl: URL | null;
  report: ReportTarget | null;
}

/** Both settings from an environment (process.env at build time). */
export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
  return { siteUrl: parseSiteUrl(env['SITE_URL']), report: parseReportTarget(env['REPORT_ERRORS_TO']) };
}

/**
 * The full address of a site path ('/sub/plans/guyuan/', base included) when the site's URL is known, else null:
 * the page then shows the path and a script fills in the reader's own host (see Base.astro, data-site-path).
 */
export function absoluteUrl(path: string, site: URL | string | null | undefined): string | null {
  if (!site) return null;
  const root = new URL(site);
  return new URL(path, root.origin).href;
}

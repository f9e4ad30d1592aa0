import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseReportTarget, parseSiteUrl, readSiteSettings, SettingError } from './site-settings.ts';

describe('SITE_URL', () => {
  it('is absent when unset or blank: no placeholder host is made up', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl('  ')).toBeNull();
  });
  it('ends in / so paths resolve under it', () => {
    expect(parseSiteUrl('https://plans.health.cn')!.href).toBe('https://plans.health.cn/');
    expect(parseSiteUrl('https://h.cn/sub')!.href).toBe('https://h.cn/sub/');
  });
  it.each([
    ['plans.health.cn', 'not an absolute address'],
    ['ftp://h.cn/', 'must start with https://'],
    ['https://example.org', 'placeholder host'],
    ['https://www.example.com/', 'placeholder host'],
    ['https://h.cn/?a=1', '?query'],
  ])('refuses %s naming the setting', (value, problem) => {
    expect(() => parseSiteUrl(value)).toThrow(SettingError);
    expect(() => parseSiteUrl(value)).toThrow(new RegExp(`^SITE_URL: .*${problem.replace(/[?]/g, '\\?')}`));
  });
});

describe('REPORT_ERRORS_TO', () => {
  it('takes an e-mail address, with or without mailto:', () => {
    expect(parseReportTarget('errata@health-plans.cn')).toEqual({
      kind: 'email',
      href: 'mailto:errata@health-plans.cn',
      label: 'errata@health-plans.cn',
    });
    expect(parseReportTarget('mailto:a@b.cn')!.href).toBe('mailto:a@b.cn');
  });
  it('takes an issue page', () => {
    const t = parseReportTarget('https://git.example-host.cn/desk/plans/issues/new');
    expect(t).toEqual({
      kind: 'url',
      href: 'https://git.example-host.cn/desk/plans/issues/new',
      label: 'git.example-host.cn/desk/plans/issues/new',
    });
  });
  it.each(['not an address', 'javascript:alert(1)', 'someone@example.org', 'https://example.com/issues'])(
    'refuses %s',
    (value) => expect(() => parseReportTarget(value)).toThrow(/^REPORT_ERRORS_TO: /),
  );
  it('is absent when unset', () => expect(parseReportTarget(undefined)).toBeNull());
});

describe('readSiteSettings and absoluteUrl', () => {
  it('reads both settings from an environment', () => {
    const s = readSiteSettings({ SITE_URL: 'https://h.cn/', REPORT_ERRORS_TO: 'x@h.cn' });
    expect(s.siteUrl?.href).toBe('https://h.cn/');
    expect(s.report?.kind).toBe('email');
  });
  it('puts a base-prefixed path on the known host, and gives null when the host is unknown', () => {
    expect(absoluteUrl('/sub/plans/guyuan/', new URL('https://h.cn/sub/'))).toBe('https://h.cn/sub/plans/guyuan/');
    expect(absoluteUrl('/data/', 'https://h.cn')).toBe('https://h.cn/data/');
    expect(absoluteUrl('/data/', undefined)).toBeNull();
  });
});

// Every page exists in both languages from one route file, `src/pages/[...lang]/…`: the rest parameter is empty
// for English (served at /) and `zh` for Chinese (served at /zh/). getStaticPaths of each page comes from here.
import { LANGS, type Lang } from './ui.ts';

/** The value of the `[...lang]` parameter for a language (undefined: no path segment). */
export const LANG_PARAM: Record<Lang, string | undefined> = { en: undefined, zh: 'zh' };

export interface LangProps {
  lang: Lang;
}

/** One static path per language, for pages with no other parameter. */
export function languagePaths(): { params: { lang: string | undefined }; props: LangProps }[] {
  return LANGS.map((lang) => ({ params: { lang: LANG_PARAM[lang] }, props: { lang } }));
}

/** One static path per language and per value set of the page's own parameters (plans × languages). */
export function languagePathsWith<P extends Record<string, string>>(
  params: P[],
): { params: P & { lang: string | undefined }; props: LangProps }[] {
  return LANGS.flatMap((lang) => params.map((p) => ({ params: { ...p, lang: LANG_PARAM[lang] }, props: { lang } })));
}

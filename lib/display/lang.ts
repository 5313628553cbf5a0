/** The two languages of the app: 简体中文 (the default) and English. */
export type Lang = 'zh' | 'en';

/** A text in both languages, as the engine's messages and the UI strings carry it. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The BCP 47 tag for the document's `lang` attribute. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

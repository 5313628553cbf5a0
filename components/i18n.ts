import type { Bilingual, Lang } from '@/lib/display/lang';
import { APP_TEXT } from './i18n-app';
import { FORM_TEXT } from './i18n-form';
import { PLAN_TEXT } from './i18n-plans';
import { RESULT_TEXT } from './i18n-results';

/**
 * Every string the planner shows, in 简体中文 and English, one flat table (split by screen area
 * into the i18n-*.ts files). `{name}` marks a value filled in at run time.
 */
export const TEXT = { ...APP_TEXT, ...FORM_TEXT, ...RESULT_TEXT, ...PLAN_TEXT } as const satisfies Record<string, Bilingual>;

export const TEXT_PARTS: ReadonlyArray<Readonly<Record<string, Bilingual>>> = [APP_TEXT, FORM_TEXT, RESULT_TEXT, PLAN_TEXT];

export type TextKey = keyof typeof TEXT;
export type Vars = Readonly<Record<string, string | number>>;

/**
 * The text of `key` in `lang`, `{name}`s filled in. Where `n` is 1 and the table has a `key.one`
 * form, that is used: English needs "1 entry", not "1 entries" (Chinese has one form for both).
 */
export function translate(lang: Lang, key: TextKey, vars?: Vars): string {
  const one = vars?.n === 1 ? (TEXT as Record<string, Bilingual | undefined>)[`${key}.one`] : undefined;
  const text: string = (one ?? TEXT[key])[lang];
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}

export type Translate = (key: TextKey, vars?: Vars) => string;

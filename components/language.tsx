'use client';

import { createContext, useCallback, useContext } from 'react';
import type { Bilingual, Lang } from '@/lib/display/lang';
import { translate, type Translate } from './i18n';

const LangContext = createContext<Lang>('zh');

export const LangProvider = LangContext.Provider;

export const useLang = (): Lang => useContext(LangContext);

/** The UI strings in the current language. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}

/** An engine message ({ zh, en }) in the current language. */
export function usePick(): (words: Bilingual) => string {
  const lang = useLang();
  return useCallback((words: Bilingual) => words[lang], [lang]);
}

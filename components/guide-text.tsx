'use client';

import { useCallback } from 'react';
import { guideText, type GuideKey } from './i18n-guide';
import { useLang } from './language';

export type GuideT = (key: GuideKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The guide's strings in the current language (components/i18n-guide.ts). */
export function useGuideT(): GuideT {
  const lang = useLang();
  return useCallback<GuideT>((key, vars) => guideText(lang, key, vars), [lang]);
}

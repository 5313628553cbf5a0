'use client';

import { useMemo, useState } from 'react';
import type { Lang } from '@/lib/display/lang';
import { QUESTIONS } from '@/lib/guidance/message-check';
import { scanMessage, type Suggestion } from '@/lib/guidance/message-scan';
import { useLang, usePick } from './language';
import { useGuideT } from './guide-text';

/** Words as a list in the page's language: “立案”“法院” / “立案”, “法院”. */
export const quoted = (words: ReadonlyArray<string>, lang: Lang): string => words.map((w) => `“${w}”`).join(lang === 'zh' ? '' : ', ');

interface Props {
  /** Answers "yes" to the questions suggested (those not answered yet). */
  readonly onApply: (found: ReadonlyArray<Suggestion>) => void;
  readonly isAnswered: (question: string) => boolean;
}

/**
 * The message pasted, searched on this device for words that suggest answers (lib/guidance/
 * message-scan.ts); the user applies the suggestions, then checks them. The text stays in this
 * component's memory: not saved, not sent.
 */
export function GuideMessageScan({ onApply, isAnswered }: Props) {
  const t = useGuideT();
  const pick = usePick();
  const lang = useLang();
  const [text, setText] = useState('');
  const found = useMemo(() => scanMessage(text), [text]);
  const questionOf = (id: string) => QUESTIONS.find((q) => q.id === id)!;
  return (
    <div className="field message-scan">
      <label htmlFor="check-paste">{t('check.paste')}</label>
      <p className="hint" id="check-paste-hint">{t('check.paste.hint')}</p>
      <textarea id="check-paste" rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="check-paste-hint" />
      <p aria-live="polite" className="hint" data-testid="check-paste-status">
        {text.trim() ? (found.length ? t('check.paste.found', { n: found.length }) : t('check.paste.none')) : ''}
      </p>
      {found.length > 0 && (
        <>
          <ul className="guide-list" data-testid="check-paste-clues">
            {found.map((s) => <li key={s.question}>{quoted(s.words, lang)} → {pick(questionOf(s.question).text)}</li>)}
          </ul>
          {found.some((s) => !isAnswered(s.question)) && <button type="button" className="secondary" onClick={() => onApply(found)}>{t('check.paste.apply')}</button>}
        </>
      )}
    </div>
  );
}

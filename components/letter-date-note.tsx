'use client';

import { useSyncExternalStore } from 'react';
import { formatDate } from '@/lib/display/format-date';
import { todayIso } from './case-json';
import { useCaseValue } from './form-fields';
import { useLang, useT } from './language';

const noChange = () => () => {};
const clientToday = () => todayIso(new Date());
const noToday = () => undefined;

/**
 * The letter is dated the case's as-of date (lib/letter: its figures are as of that day). A case
 * worked out as of an earlier day, such as the example (2025-09-01) or a draft from last month,
 * would go out backdated, proposing payments on dates already past: say so, and offer to move the
 * date to today. Today is read here, in the UI; the server render has none, so nothing shows there.
 */
export function LetterDateNote() {
  const t = useT();
  const lang = useLang();
  const [asOf, setAsOf] = useCaseValue<string>('asOf');
  const today = useSyncExternalStore(noChange, clientToday, noToday);
  if (!today || typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || asOf >= today) return null;
  return (
    <div className="note" data-testid="letter-date-note">
      <p>{t('letter.pastDate', { date: formatDate(asOf, lang) })}</p>
      <button type="button" className="secondary" onClick={() => setAsOf(today)}>{t('letter.pastDate.fix')}</button>
    </div>
  );
}

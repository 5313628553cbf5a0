'use client';

import { useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import { parseDay } from '@/lib/calendar';
import { formatDate } from '@/lib/display/format-date';
import { todayIso, type CaseDraft } from './case-json';
import { useCaseValue } from './form-fields';
import { useLang, useT } from './language';
import { movedOn } from './move-dates';

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
  const { getValues, setValue, setFocus } = useFormContext<CaseDraft>();
  const [asOf, setAsOf] = useCaseValue<string>('asOf');
  const today = useSyncExternalStore(noChange, clientToday, noToday);
  if (!today || typeof asOf !== 'string' || parseDay(asOf) === undefined || asOf >= today) return null;
  const moveToToday = () => {
    // The offers' dates move on with it (components/move-dates.ts): an offer dated from the old
    // as-of date would otherwise propose payments already missed.
    const plans = (getValues('plans') ?? []) as ReadonlyArray<Record<string, unknown> | null>;
    plans.forEach((plan, i) => {
      for (const key of ['firstDate', 'date'] as const) {
        const date = plan?.[key];
        if (typeof date !== 'string') continue;
        const moved = movedOn(date, asOf, today);
        if (moved !== date) setValue(`plans.${i}.${key}` as never, moved as never, { shouldDirty: true });
      }
    });
    setAsOf(today);
    // The note goes with the click: focus goes to the date it changed, not to the page.
    setFocus('asOf');
  };
  return (
    <div className="note" data-testid="letter-date-note">
      <p>{t('letter.pastDate', { date: formatDate(asOf, lang) })}</p>
      <button type="button" className="secondary" onClick={moveToToday}>{t('letter.pastDate.fix')}</button>
    </div>
  );
}

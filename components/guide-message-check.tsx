'use client';

import { useState } from 'react';
import { checkMessage, QUESTIONS, type Answer } from '@/lib/guidance/message-check';
import type { Suggestion } from '@/lib/guidance/message-scan';
import { Cite } from './cite';
import { useLang, usePick } from './language';
import { useGuideT } from './guide-text';
import { GuideMessageScan, quoted } from './guide-message-scan';

const ANSWERS: ReadonlyArray<Answer> = ['yes', 'no', 'unsure'];

/**
 * "Is this lawyer's letter or text real?": the checklist of lib/guidance/message-check.ts, one
 * radio group per question, the verdict recomputed on every answer, with how to check the message.
 * A pasted message can suggest answers (GuideMessageScan): each is marked until the user changes
 * it. The answers and the text stay in memory.
 */
export function GuideMessageCheck() {
  const t = useGuideT();
  const pick = usePick();
  const lang = useLang();
  const [answers, setAnswers] = useState<Readonly<Record<string, Answer>>>({});
  // The questions answered from the pasted text, with the words that suggested them.
  const [suggested, setSuggested] = useState<Readonly<Record<string, ReadonlyArray<string>>>>({});
  const [pasteKey, setPasteKey] = useState(0);
  const result = checkMessage(answers);
  const answered = Object.keys(answers).length > 0;
  const answer = (id: string, a: Answer) => {
    setAnswers({ ...answers, [id]: a });
    setSuggested(Object.fromEntries(Object.entries(suggested).filter(([q]) => q !== id)));
  };
  // Only questions not answered yet: a suggestion never overrides the user's own answer.
  const apply = (found: ReadonlyArray<Suggestion>) => {
    const fresh = found.filter((s) => answers[s.question] === undefined);
    setAnswers({ ...answers, ...Object.fromEntries(fresh.map((s) => [s.question, 'yes'])) });
    setSuggested({ ...suggested, ...Object.fromEntries(fresh.map((s) => [s.question, s.words])) });
  };
  // The button goes with the answers: focus moves to the first question, not to <body>.
  const clear = () => {
    setAnswers({});
    setSuggested({});
    setPasteKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById(`check-${QUESTIONS[0]!.id}-yes`)?.focus());
  };
  return (
    <section aria-labelledby="check-heading" className="card" id="check">
      <h2 id="check-heading">{t('check.heading')}</h2>
      <p className="hint">{t('check.intro')}</p>
      <GuideMessageScan key={pasteKey} onApply={apply} isAnswered={(id) => answers[id] !== undefined} />
      {QUESTIONS.map((q) => (
        <fieldset key={q.id} className="field radios check-question" data-question={q.id} aria-describedby={suggested[q.id] ? `check-${q.id}-suggested` : undefined}>
          <legend>{pick(q.text)}</legend>
          <div className="inline-choice">
            {ANSWERS.map((a) => (
              <span className="radio" key={a}>
                <input type="radio" id={`check-${q.id}-${a}`} name={`check-${q.id}`} checked={answers[q.id] === a} onChange={() => answer(q.id, a)} />
                <label htmlFor={`check-${q.id}-${a}`}>{t(`check.${a}`)}</label>
              </span>
            ))}
          </div>
          {suggested[q.id] && <p className="hint" id={`check-${q.id}-suggested`}>{t('check.suggested', { words: quoted(suggested[q.id]!, lang) })}</p>}
        </fieldset>
      ))}
      <div role="status" aria-live="polite" className={`check-verdict verdict-${result.verdict}`} data-testid="check-verdict" data-verdict={result.verdict}>
        {answered && (
          <>
            <p className="check-verdict-line"><strong>{t('check.verdict', { verdict: t(`check.verdict.${result.verdict}`) })}</strong></p>
            {result.reasons.length > 0 && (
              <>
                <h3>{t('check.why')}</h3>
                <ul className="guide-list">{result.reasons.map((q) => <li key={q.id}>{pick(q.why)}{q.citation && <> <small><Cite>{q.citation}</Cite></small></>}</li>)}</ul>
              </>
            )}
            {result.unanswered > 0 && <p className="hint" data-testid="check-unanswered">{t('check.unanswered', { n: result.unanswered })}</p>}
            <h3>{t('check.verify')}</h3>
            <ul className="guide-list" data-testid="check-verify">{result.verify.map((v, i) => <li key={i}>{pick(v)}</li>)}</ul>
            <h3>{t('check.todo')}</h3>
            <ul className="guide-list">{result.advice.map((a, i) => <li key={i}>{pick(a)}</li>)}</ul>
          </>
        )}
      </div>
      {answered && <button type="button" className="secondary" onClick={clear}>{t('check.clear')}</button>}
    </section>
  );
}

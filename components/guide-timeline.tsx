'use client';

import Link from 'next/link';
import { CARD_FACTS, CREDIT_FACTS, STAGE_GUIDES, UNLAWFUL_COLLECTION_CITATION, type StageGuide } from '@/lib/guidance/stage-guide';
import type { Report } from '@/lib/report/types';
import { formatDate } from '@/lib/display/format-date';
import { useLang, usePick } from './language';
import { useGuideT } from './guide-text';
import { Cite } from './cite';

interface Props {
  readonly loaded: boolean;
  readonly report?: Report;
  readonly invalid: boolean;
}

/**
 * Where you are (LAW.md §8): the four stages in order, the case's own marked (`aria-current`)
 * and opened; every stage says what typically happens, what is lawful and not, and the next step.
 */
export function GuideTimeline({ loaded, report, invalid }: Props) {
  const t = useGuideT();
  const pick = usePick();
  const current = report?.stage;
  return (
    <section aria-labelledby="stage-heading" className="card guide-stage" id="stage">
      <h2 id="stage-heading">{t('stage.heading')}</h2>
      <StageStatus loaded={loaded} invalid={invalid} {...(report && { report })} />
      <ol className="timeline" aria-label={t('stage.timeline')}>
        {STAGE_GUIDES.map((g) => (
          <li key={g.stage} className={g.stage === current ? 'timeline-stage current' : 'timeline-stage'} aria-current={g.stage === current ? 'step' : undefined} data-stage={g.stage}>
            <p className="timeline-title">
              <strong>{pick(g.title)}</strong> <span className="muted">{pick(g.days)}</span>
              {g.stage === current && <span className="badge here">{t('stage.here')}</span>}
            </p>
            {g.stage === current ? <StageDetails guide={g} /> : (
              <details className="fold">
                <summary>{t('stage.details')}<span className="visually-hidden">: {pick(g.title)}</span></summary>
                <div className="fold-body"><StageDetails guide={g} /></div>
              </details>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('stage.credit')}</h3>
      <ul className="guide-list">
        {CREDIT_FACTS.map((f, i) => (
          <li key={i}>{pick(f.text)} <Cite>{f.citation}</Cite></li>
        ))}
      </ul>
      <h3>{t('stage.card')}</h3>
      <ul className="guide-list">
        {CARD_FACTS.map((f, i) => (
          <li key={i}>{pick(f.text)} <Cite>{f.citation}</Cite></li>
        ))}
      </ul>
    </section>
  );
}

function StageStatus({ loaded, report, invalid }: { readonly loaded: boolean; readonly report?: Report; readonly invalid: boolean }) {
  const t = useGuideT();
  const lang = useLang();
  if (report) {
    const { daysOverdue } = report.statement;
    const asOf = formatDate(report.asOf, lang);
    return <p className="stage-status" data-testid="stage-status">{daysOverdue > 0 ? t('stage.days', { days: daysOverdue, asOf }) : t('stage.notOverdue', { asOf })}</p>;
  }
  if (!loaded) return <p className="hint">{t('stage.loading')}</p>;
  return (
    <p className="hint" data-testid="stage-status">
      {invalid ? t('stage.invalid') : t('stage.noCase')} <Link href="/" prefetch={false}>{t('stage.fill')}</Link>
    </p>
  );
}

function StageDetails({ guide }: { readonly guide: StageGuide }) {
  const t = useGuideT();
  const pick = usePick();
  const list = (items: StageGuide['happensNext']) => (
    <ul className="guide-list">{items.map((w, i) => <li key={i}>{pick(w)}</li>)}</ul>
  );
  return (
    <div className="stage-details">
      <h3>{t('stage.happensNext')}</h3>
      {list(guide.happensNext)}
      <h3>{t('stage.lawful')}</h3>
      {list(guide.lawful)}
      <h3>{t('stage.unlawful')}</h3>
      {list(guide.unlawful)}
      <p className="citation"><Cite>{UNLAWFUL_COLLECTION_CITATION}</Cite></p>
      <p className="next-step"><strong>{t('stage.nextStep')}</strong>{pick(guide.nextStep)}</p>
    </div>
  );
}

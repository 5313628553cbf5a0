'use client';

import Link from 'next/link';
import { useEffect, useSyncExternalStore } from 'react';
import { htmlLang, type Lang } from '@/lib/display/lang';
import { ComplaintSection } from './complaint-section';
import { EvidenceLog } from './evidence-log';
import { isLicensedLender } from '@/lib/guidance/evidence-flags';
import { guideText } from './i18n-guide';
import { useGuideCase } from './guide-case';
import { GuideMessageCheck } from './guide-message-check';
import { GuideTimeBarred } from './guide-time-barred';
import { GuideTimeline } from './guide-timeline';
import { LangProvider } from './language';
import { setUiState, subscribeUi, uiServerSnapshot, uiSnapshot } from './ui-state';

/**
 * The guide (issue 6): where you stand, whether a message is real, the evidence log and the
 * complaint, all from the planner's draft in this browser, in the language chosen there.
 */
export function Guide() {
  const { lang } = useSyncExternalStore(subscribeUi, uiSnapshot, uiServerSnapshot);
  const g = useGuideCase();
  // Who the lender is decides the rules and channels of the log and the complaint alike.
  const licensed = isLicensedLender(g.draft);
  const t = (key: Parameters<typeof guideText>[1]) => guideText(lang, key);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  return (
    <LangProvider value={lang}>
      <div className="guide" lang={htmlLang(lang)}>
        <div className="toolbar">
          <div className="language-switch" role="group" aria-label={t('guide.language')}>
            <button type="button" lang="zh-CN" aria-pressed={lang === 'zh'} onClick={() => setUiState({ lang: 'zh' as Lang })}>中文</button>
            <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => setUiState({ lang: 'en' as Lang })}>English</button>
          </div>
          <p><Link href="/" prefetch={false}>{t('guide.planner')}</Link></p>
        </div>
        <section aria-labelledby="guide-heading" className="card note">
          <h2 id="guide-heading">{t('guide.heading')}</h2>
          <p>{t('guide.intro')}</p>
          <p><strong>{t('guide.notAdvice')}</strong></p>
          <nav aria-label={t('guide.sections')}>
            <ul className="guide-nav">
              <li><a href="#stage">{guideText(lang, 'stage.heading')}</a></li>
              <li><a href="#barred">{guideText(lang, 'barred.heading')}</a></li>
              <li><a href="#check">{guideText(lang, 'check.heading')}</a></li>
              <li><a href="#log">{guideText(lang, 'log.heading')}</a></li>
              <li><a href="#complaint">{guideText(lang, 'complaint.heading')}</a></li>
            </ul>
          </nav>
        </section>
        <GuideTimeline loaded={g.loaded} invalid={g.invalid} {...(g.report && { report: g.report })} />
        <section aria-labelledby="barred-heading" className="card" id="barred">
          <h2 id="barred-heading">{t('barred.heading')}</h2>
          <GuideTimeBarred always {...(g.report && { report: g.report, draft: g.draft })} />
        </section>
        <GuideMessageCheck />
        <EvidenceLog contacts={g.evidence} onChange={g.setEvidence} licensed={licensed} />
        <ComplaintSection evidence={g.evidence} licensed={licensed} invalid={g.invalid} {...(g.draft && { draft: g.draft })} {...(g.report && { report: g.report })} />
      </div>
    </LangProvider>
  );
}

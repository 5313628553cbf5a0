'use client';

import { useMemo } from 'react';
import { subtractMoney } from '@/lib/display/add-money';
import { formatDate } from '@/lib/display/format-date';
import { absolute, formatMoney, isNegative } from '@/lib/display/format-money';
import { formatPercent } from '@/lib/display/format-percent';
import type { Report } from '@/lib/report/types';
import { TextField, useCaseValue } from './form-fields';
import { useLang, usePick, useT } from './language';
import { Cite } from './cite';
import { useAnalysis } from './analysis-context';

type RateDraft = { value?: unknown; per?: unknown } | undefined;

const rateOf = (caseText: string): RateDraft => (JSON.parse(caseText) as { loan?: { rate?: RateDraft } }).loan?.rate;

/** What becomes of the part above the cap: a licensed lender's is reduced only when the borrower asks (LAW.md §1). */
const aboveCapKey = (report: Report) => (report.caps.regime === 'licensed' ? 'excess.onRequest' : 'excess.unsupported');
/** Between two sentences: none after a Chinese full stop, a space after an English one. */
const gap = (lang: string) => (lang === 'zh' ? '' : ' ');

/** The true annual cost beside the contract's rate (PBOC Announcement [2021] No. 3). */
export function TrueCost({ report }: { readonly report: Report }) {
  const t = useT();
  const lang = useLang();
  const [typed] = useCaseValue<RateDraft>('loan.rate');
  // The rate of the case the figures are of: while the input has errors they are the last valid
  // input's, and a review saw "18.25% 合同写：日利率 18.25%" beside a rate typed per year. Read from
  // that case's text only then: on every valid keystroke the typed rate is the report's.
  const { stale, reportCaseText } = useAnalysis();
  const rate = useMemo(() => (stale && reportCaseText !== undefined ? rateOf(reportCaseText) : typed), [stale, reportCaseText, typed]);
  const { loan, caps } = report;
  const entered = typeof rate?.value === 'string' && typeof rate.per === 'string' && rate.per !== 'year'
    ? t('cost.entered', { value: rate.value, per: t(`rate.per.short.${rate.per as 'day' | 'month'}`) })
    : '';
  return (
    <div className="true-cost">
      <dl className="figures">
        <div>
          <dt>{t('cost.contract')}</dt>
          <dd>{formatPercent(loan.annualRate)} {entered && <span className="muted">{entered}</span>}</dd>
        </div>
        <div>
          {/* Three rates, and a review could not tell which one meets the cap: this one does. */}
          <dt>{t('cost.apr')} {loan.apr && <span className="badge">{t('cost.apr.tested')}</span>}</dt>
          <dd data-testid="apr">{loan.apr ? formatPercent(loan.apr) : t('cost.none')}</dd>
        </div>
        {loan.effectiveRate && (
          <div>
            <dt>{t('cost.effective')}</dt>
            <dd>{formatPercent(loan.effectiveRate)}</dd>
          </div>
        )}
        <div>
          <dt>{t('cost.cap')}</dt>
          <dd>{formatPercent(caps.termTest.cap)}</dd>
        </div>
      </dl>
      <p className={caps.termTest.exceeds ? 'verdict-line warn' : 'verdict-line ok'}>
        {caps.termTest.exceeds ? `${t('cost.exceeds')}${gap(lang)}${t(aboveCapKey(report))}` : t('cost.within')}
      </p>
      <p className="hint">{t('cost.explain')} <Cite ids={['pboc2021-3']} /></p>
    </div>
  );
}

/** Every cap line that matters, the one that decides marked, each with its source; then the two tests. */
export function CapLines({ report }: { readonly report: Report }) {
  const t = useT();
  const lang = useLang();
  const pick = usePick();
  const { caps } = report;
  const overdueExcess = subtractMoney(caps.overdueTest.charged, caps.overdueTest.limit);
  return (
    <div className="caps">
      <p>{t(`regime.${caps.regime}`)}</p>
      <ul className="cap-lines">
        {caps.lines.map((l) => (
          <li key={l.id} className={l.decisive ? 'decisive' : undefined}>
            <p className="cap-rate">
              {formatPercent(l.rate)}
              {l.decisive && <span className="badge">{t('caps.decisive')}</span>}
            </p>
            <p>{pick(l.label)}</p>
            <p className="citation"><Cite>{l.citation}</Cite></p>
          </li>
        ))}
      </ul>
      {caps.lpr && (
        <div className="lpr">
          <p>{t('caps.lpr', { rate: formatPercent(caps.lpr.rate), date: formatDate(caps.lpr.date, lang) })}{caps.lpr.unconfirmed && ` ${t('caps.lpr.unconfirmed')}`}</p>
          <TextField name="lprOverride" optional label={t('caps.lprOverride')} hint={t('caps.lprOverride.hint')} percent className="narrow" />
        </div>
      )}
      <h4>{t('caps.overdueTest')}</h4>
      {/* Two figures for the allowed penalty read as a contradiction (a review): say which schedule each is on. */}
      <p className="hint">{t('caps.overdueTest.basis')}</p>
      <dl className="figures">
        <div><dt>{t('caps.charged')}</dt><dd>{formatMoney(caps.overdueTest.charged)}</dd></div>
        <div><dt>{t('caps.limit')}</dt><dd>{formatMoney(caps.overdueTest.limit)}</dd></div>
      </dl>
      <p className={caps.overdueTest.exceeds ? 'verdict-line warn' : 'verdict-line ok'}>
        {caps.overdueTest.exceeds ? `${t('caps.overdue.exceeds', { amount: formatMoney(overdueExcess) })}${gap(lang)}${t(aboveCapKey(report))}` : t('caps.overdue.within')}
      </p>
      {caps.excess && !isNegative(caps.excess.payoff) && caps.excess.payoff !== '0.00' && (
        <p className="verdict-line warn" data-testid="excess">{t('caps.excess', { amount: formatMoney(caps.excess.payoff) })}</p>
      )}
      {caps.excess && isNegative(caps.excess.payoff) && (
        <p className="verdict-line">{t('caps.excess.negative', { amount: formatMoney(absolute(caps.excess.payoff)) })}</p>
      )}
    </div>
  );
}

/** What the cap check found, in the engine's words, each with the law it rests on. */
export function Findings({ report }: { readonly report: Report }) {
  const pick = usePick();
  return (
    <ul className="findings">
      {report.caps.findings.map((f) => (
        <li key={f.id} className={f.severity}>
          <p>{pick(f.message)}</p>
          {f.citation && <p className="citation"><Cite>{f.citation}</Cite></p>}
        </li>
      ))}
    </ul>
  );
}

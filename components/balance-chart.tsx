'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '@/lib/display/format-date';
import { formatMoney, groupThousands } from '@/lib/display/format-money';
import { Fold } from './fold';
import { useLang, useT } from './language';
import type { ComparedPlan } from './plan-comparison';
import { recommendedMark } from './plan-specs';

const PAD = { left: 64, right: 20, top: 12, bottom: 36 };
const SERIES = 6;
/** Room one x-axis label needs, in pixels. */
const TICK_SPACE = 64;

/** The element's width in CSS pixels, so the drawing (and its 12 px text) is never scaled. */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

interface Series {
  readonly key: string;
  readonly label: string;
  /** [months from the start, balance]. Balances are numbers here for drawing only; every figure shown comes from the strings. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/**
 * The remaining balance of each plan, month by month: a hand-drawn SVG (no chart library, to keep
 * the page light) with a text description, direct labels and the same figures as a table.
 */
export function BalanceChart({ plans }: { readonly plans: ReadonlyArray<ComparedPlan> }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [box, W] = useWidth(640);
  const H = Math.round(Math.min(300, Math.max(200, W * 0.45)));
  const firsts = plans.flatMap((c) => (c.plan.schedule[0] ? [monthIndex(c.plan.schedule[0].date)] : []));
  if (firsts.length === 0) return null;
  // Month 0 is the month before the earliest first payment: the balance as the plans start.
  const start = Math.min(...firsts) - 1;
  const series: Series[] = plans.map((c) => ({
    key: c.key,
    label: c.recommended && c.key !== 'recommended' ? `${c.title} (${t(recommendedMark(c.plan.affordable))})` : c.title,
    points: [[0, Number(c.plan.amount)], ...c.plan.schedule.map((r) => [monthIndex(r.date) - start, Number(r.balance)] as const)],
  }));
  const maxX = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[0])));
  // The y-axis at round amounts (¥0, ¥2,500, ¥5,000…), not at half the largest balance (¥5,837).
  const yStep = Math.max(1, roundUp(Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1]))) / Y_TICKS));
  const maxY = yStep * Y_TICKS;
  const x = (m: number) => PAD.left + (m / maxX) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / maxY) * (H - PAD.top - PAD.bottom);
  const step = niceStep(maxX, Math.max(2, Math.floor((W - PAD.left - PAD.right) / TICK_SPACE)));
  const xTicks = monthTicks(maxX, step, (W - PAD.left - PAD.right) / maxX);
  const yTicks = Array.from({ length: Y_TICKS + 1 }, (_, i) => i * yStep);
  const summary = plans.map((c) => t('chart.summary.plan', { plan: c.title, n: c.plan.months, amount: formatMoney(c.plan.amount) })).join(lang === 'zh' ? '；' : '; ');
  return (
    <figure className="chart">
      <div ref={box}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{t('chart.title')}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {yTicks.map((v, i) => (
          // Keyed by position: the values change with every keystroke, the lines do not.
          <g key={i} className="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">¥{groupThousands(Math.round(v).toString())}</text>
          </g>
        ))}
        {xTicks.map((m) => (
          <text key={m} className="axis" x={x(m)} y={H - PAD.bottom + 18} textAnchor={m === 0 ? 'start' : x(m) > W - PAD.right - 24 ? 'end' : 'middle'}>{t('chart.month', { n: m })}</text>
        ))}
        {series.map((s, i) => (
          <path key={s.key} className={`series series-${i % SERIES}`} d={stepPath(s.points, x, y)} />
        ))}
      </svg>
      </div>
      <figcaption>
        <ul className="legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <svg width="28" height="10" aria-hidden="true" className="legend-swatch"><path className={`series series-${i % SERIES}`} d="M0 5 H28" /></svg>
              {s.label}
            </li>
          ))}
        </ul>
        <p className="hint">{t('chart.caption')}</p>
      </figcaption>
      <Fold summary={t('chart.table')} lazy>
        <BalanceTable plans={plans} lang={lang} />
      </Fold>
    </figure>
  );
}

/** Balance drops at each payment and stays flat between them (a step line). */
function stepPath(points: ReadonlyArray<readonly [number, number]>, x: (m: number) => number, y: (v: number) => number): string {
  const [first, ...rest] = points;
  if (!first) return '';
  return `M${x(first[0]).toFixed(1)} ${y(first[1]).toFixed(1)}` + rest.map(([m, v]) => ` H${x(m).toFixed(1)} V${y(v).toFixed(1)}`).join('');
}

/** Gridlines above zero on the y-axis. */
const Y_TICKS = 4;

/** The least of 1, 2, 2.5 or 5 × a power of ten at or above v (for drawing only, never money). */
function roundUp(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= v) return m * power;
  return 10 * power;
}

/**
 * x-axis labels every `step` months, and at the last month: a 17-month plan was labelled up to
 * 15 months only. A regular label with less room than a label needs before the last gives way.
 */
export function monthTicks(maxX: number, step: number, pxPerMonth: number): number[] {
  const ticks = Array.from({ length: Math.floor(maxX / step) + 1 }, (_, i) => i * step);
  if (ticks[ticks.length - 1] === maxX) return ticks;
  if ((maxX - ticks[ticks.length - 1]!) * pxPerMonth < TICK_SPACE && ticks.length > 1) ticks.pop();
  return [...ticks, maxX];
}

/** Months between x-axis labels: the smallest usual step that fits `ticks` labels. */
function niceStep(max: number, ticks: number): number {
  for (const s of [1, 3, 6, 12, 24, 60]) if (max / s <= ticks) return s;
  return 120;
}

function BalanceTable({ plans, lang }: { readonly plans: ReadonlyArray<ComparedPlan>; readonly lang: 'zh' | 'en' }) {
  const t = useT();
  const dates = [...new Set(plans.flatMap((c) => c.plan.schedule.map((r) => r.date)))].sort();
  const balanceOn = (c: ComparedPlan, date: string) => c.plan.schedule.find((r) => r.date === date)?.balance;
  return (
    <div className="table-scroll" role="region" aria-label={t('chart.table')} tabIndex={0}>
      <table className="figures-table">
        <caption>{t('chart.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schedule.date')}</th>
            {plans.map((c) => <th scope="col" key={c.key}>{c.title}</th>)}
          </tr>
        </thead>
        <tbody>
          {dates.map((d) => (
            <tr key={d}>
              <th scope="row">{formatDate(d, lang)}</th>
              {plans.map((c) => {
                const b = balanceOn(c, d);
                return <td key={c.key}>{b === undefined ? '' : formatMoney(b)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// @vitest-environment happy-dom
/**
 * The complaint's time-barred confirmation replaces the download button: focus goes into it and
 * comes back, rather than falling to <body> with the button that had it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '@/components/engine';
import { ComplaintSection } from '@/components/complaint-section';
import { LangProvider } from '@/components/language';
import { analyze } from '@/lib/analyze';
import { isLicensedLender } from '@/lib/guidance/evidence-flags';

afterEach(cleanup);

/** A bullet loan due 2025-03-01, unpaid; as of 2028-06-09 more than three years have passed: it may be time-barred. */
const BARRED = {
  format: 'repayment-case/1',
  asOf: '2028-06-09',
  lender: { name: '某小贷公司', kind: 'licensed' },
  borrower: { name: '李明' },
  loan: { principal: '5000.00', startDate: '2025-02-01', firstDueDate: '2025-03-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
  evidence: [{ at: '2028-06-01T23:10', channel: 'call', who: '催收员', thirdParty: true }],
} as const;

function renderBarred() {
  const analysed = analyze(BARRED);
  if (!analysed.ok) throw new Error('invalid test case');
  expect(analysed.report.warnings.map((w) => w.id)).toContain('time-barred');
  render(
    <LangProvider value="zh">
      <ComplaintSection draft={{ ...BARRED }} report={analysed.report} evidence={BARRED.evidence} />
    </LangProvider>,
  );
}

describe('the time-barred confirmation before the complaint', () => {
  it('takes focus on its safe answer (Cancel) when it opens, and gives it back to the download button on Cancel', () => {
    renderBarred();
    fireEvent.click(screen.getByRole('button', { name: '下载投诉书（PDF）' }));
    const dialog = screen.getByRole('alertdialog', { name: '请先确认：这笔债务可能已过诉讼时效' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '取消' }));
    expect(dialog.contains(document.activeElement)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下载投诉书（PDF）' }));
  });
});

describe('who a complaint about a private lender goes to', () => {
  it('offers the police only, and says why, when the lender is a person', () => {
    // The same log by a licensed lender offers 110, 12378, 12363, 12315 and the lender's own line:
    // those hear complaints about institutions and businesses (evidence-flags.ts, NOT_LICENSED).
    const draft = { ...BARRED, asOf: '2025-06-09', lender: { name: '王某', kind: 'private' } };
    const analysed = analyze(draft);
    if (!analysed.ok) throw new Error('invalid test case');
    render(
      <LangProvider value="zh">
        <ComplaintSection draft={draft} report={analysed.report} evidence={draft.evidence} licensed={isLicensedLender(draft)} />
      </LangProvider>,
    );
    const options = screen.getAllByRole('radio');
    expect(options).toHaveLength(1);
    expect((screen.getByRole('radio', { name: /110 报警/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/12378、12363、12315 受理的是对金融机构和经营者的投诉/)).toBeTruthy();
  });

  it('offers every channel, and no such note, for a licensed lender', () => {
    renderBarred();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.queryByText(/不是持牌金融机构/)).toBeNull();
  });
});

describe('microloan companies beside 12378', () => {
  beforeAll(async () => {
    await loadEngine();
  });

  it('says they can also be reported to the local financial regulator or 12345, with the rules cited as unconfirmed', () => {
    // 小额贷款公司监督管理暂行办法 (金规〔2024〕26号): supervised by the provincial local financial
    // regulator; read in regulators' notices and news only, so marked (lib/law/citations.ts).
    renderBarred();
    const radio = screen.getByRole('radio', { name: /12378/ });
    const note = document.getElementById(radio.getAttribute('aria-describedby') ?? '')!;
    expect(note.textContent).toMatch(/^小额贷款公司（许多网贷App背后的放贷方）由注册地的地方金融管理部门监管，也可以向它投诉，或拨打 12345 政务服务便民热线。/);
    expect(note.querySelector('cite')!.textContent).toBe('《小额贷款公司监督管理暂行办法》（金规〔2024〕26号） [待核实：尚未与现行条文核对]');
    // Only beside 12378: the other channels have no such note.
    expect(screen.getAllByRole('radio').filter((r) => r.hasAttribute('aria-describedby'))).toEqual([radio]);
  });

  it('is not offered about a person, to whom 12378 is not open', () => {
    const draft = { ...BARRED, asOf: '2025-06-09', lender: { name: '王某', kind: 'private' } };
    const analysed = analyze(draft);
    if (!analysed.ok) throw new Error('invalid test case');
    render(<LangProvider value="en"><ComplaintSection draft={draft} report={analysed.report} evidence={draft.evidence} licensed={false} /></LangProvider>);
    expect(document.getElementById('complaint-12378-note')).toBeNull();
  });
});

describe('a complaint before the loan is complete', () => {
  const draft = { format: 'repayment-case/1', asOf: '2025-06-09', lender: { name: '某小贷公司', kind: 'licensed' }, loan: { principal: '', startDate: '' }, evidence: BARRED.evidence };

  it('is offered from the lender and the log, saying the loan’s figures are left out', () => {
    render(
      <LangProvider value="en">
        <ComplaintSection draft={draft} invalid evidence={BARRED.evidence} />
      </LangProvider>,
    );
    expect(screen.getByTestId('complaint-no-loan').textContent).toMatch(/^The loan in the planner is incomplete or has errors, so the complaint will say only that you have a loan from this lender/);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Download the complaint (PDF)' })).toBeTruthy();
  });

  it('waits while the draft is being read, rather than make a complaint without the loan a valid case has', () => {
    render(
      <LangProvider value="en">
        <ComplaintSection draft={draft} evidence={BARRED.evidence} />
      </LangProvider>,
    );
    expect(screen.getByText('Reading the loan from the planner…')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * The complaint's time-barred confirmation replaces the download button: focus goes into it and
 * comes back, rather than falling to <body> with the button that had it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

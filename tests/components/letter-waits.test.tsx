// @vitest-environment happy-dom
/**
 * Before there is a letter, step 5 says what stands in the way, starting with the first entry to
 * fix, linked to it. A new case has fields still to fill in and nothing marked wrong: "correct the
 * problems marked above" (a review's find) pointed at nothing; "fill in the loan's details" sent
 * another review to a loan that was complete, when an empty payment row was what was missing.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Planner } from '@/components/planner';
import { plannerTestHooks } from './harness';

const letterHint = () => document.querySelector('#letter .letter-output')?.textContent;

plannerTestHooks();

describe('step 5 before the letter can be made', () => {
  it('on a new case, only fields to fill in: asks for the loan’s details, in either language', async () => {
    render(<Planner />);
    await screen.findByText(/还要填写/);
    expect(screen.queryByText(/有 \d+ 处需要修改/)).toBeNull(); // nothing is marked wrong
    // A new case leaves the principal, the start date and the rate to fill in: the first is named, linked.
    expect(letterHint()).toBe('先填好上面还空着的内容（还有 3 项），才能生成信件。从这里开始：借款金额（合同本金）');
    expect(document.querySelector('#letter .letter-output a')?.getAttribute('href')).toBe('#f-loan-principal');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(letterHint()).toMatch(/^Fill in what is still empty above \(3 left\) to make the letter\. Start with: /));
  });

  it('with a value marked wrong above: asks to correct it', async () => {
    render(<Planner />);
    await screen.findByText(/还要填写/);
    fireEvent.change(screen.getByLabelText('借款金额（合同本金）'), { target: { value: 'abc' } });
    await screen.findByText(/有 1 处需要修改/);
    expect(letterHint()).toBe('先改好上面标出的问题（还有 1 处），才能生成信件。从这里开始：借款金额（合同本金）');
  });

  it('with the loan complete but an empty payment row: names that row, not the loan', async () => {
    // A review pressed "+ Add a payment", left the row empty, and was told to fill in the loan's details.
    render(<Planner />);
    fireEvent.click(await screen.findByRole('button', { name: '试用示例' })); // four payments
    await screen.findByTestId('payoff');
    fireEvent.click(screen.getByRole('button', { name: '+ 添加一笔还款' }));
    await waitFor(() => expect(letterHint()).toBe('先填好上面还空着的内容（还有 2 项），才能生成信件。从这里开始：第 5 笔还款的日期'));
    expect(document.querySelector('#letter .letter-output a')?.getAttribute('href')).toBe('#f-payments-4-date');
  });
});

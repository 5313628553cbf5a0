// @vitest-environment happy-dom
/**
 * Before there is a letter, step 5 says what stands in the way. A new case has fields still to fill
 * in and nothing marked wrong: "correct the problems marked above" (a review's find) pointed at
 * nothing, so it asks for the loan's details; a wrong value still asks to correct it.
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
    expect(letterHint()).toBe('先在上面填好贷款的信息，才能生成信件。');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(letterHint()).toBe('Fill in the loan’s details above first to make the letter.'));
  });

  it('with a value marked wrong above: asks to correct it', async () => {
    render(<Planner />);
    await screen.findByText(/还要填写/);
    fireEvent.change(screen.getByLabelText('借款金额（合同本金）'), { target: { value: 'abc' } });
    await screen.findByText(/有 1 处需要修改/);
    expect(letterHint()).toBe('先改好上面标出的问题，才能生成信件。');
  });
});

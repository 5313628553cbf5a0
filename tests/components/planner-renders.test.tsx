// @vitest-environment happy-dom
/**
 * The planner's sections render when what they show changes, not whenever the planner does: the
 * form turning "ready" after the first render, or a notice in the toolbar, used to re-render the
 * whole form (about 40 inputs and their subscriptions), a long task while the page loads.
 *
 * Two sections are replaced by counters: one that reads only the form's context (as every field
 * does) and one that reads only the analysis.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useFormContext } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useAnalysis } from '@/components/analysis-context';
import { loadEngine } from '@/components/engine';
import { Planner } from '@/components/planner';

const renders = vi.hoisted(() => ({ form: 0, analysis: 0 }));

vi.mock('@/components/budget-section', () => ({
  BudgetSection: function FormReader() {
    useFormContext();
    renders.form++;
    return null;
  },
}));
vi.mock('@/components/live-total', () => ({
  LiveTotal: function AnalysisReader() {
    useAnalysis();
    renders.analysis++;
    return null;
  },
}));

beforeAll(async () => {
  await loadEngine();
  URL.createObjectURL ??= () => 'blob:planner-renders';
  URL.revokeObjectURL ??= () => undefined;
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('planner re-renders', () => {
  it('renders a form-reading section once on load, and neither section again for a toolbar notice', async () => {
    render(<Planner />);
    await waitFor(() => expect((screen.getByLabelText('算到哪一天') as HTMLInputElement).value).not.toBe(''));
    // Settled: the new case is in the form and analysed (it lacks the principal, so it lists what to fill in).
    await screen.findByText(/还要填写/);
    // Once for the first render: the form becoming ready and the case put in it change no value
    // this section reads through the context (the fields read values through their own hooks).
    expect(renders.form).toBe(1);
    const form = renders.form;
    const analysis = renders.analysis;

    fireEvent.click(screen.getByRole('button', { name: /导出/ }));
    await screen.findByText(/已导出/);
    expect(renders.form).toBe(form);
    expect(renders.analysis).toBe(analysis);
  });
});

/**
 * Which of the penalty terms a case leaves to the defaults (case-format.md: a multiplier of 1.5;
 * LAW.md §6: on the missed principal only). Read from the case's `overdue` group as the file or
 * the form holds it (an empty multiplier is no multiplier), so that the result and the letter say
 * the same.
 */
export function assumedPenaltyTerms(overdue: unknown): { readonly rate: boolean; readonly base: boolean } {
  const o = typeof overdue === 'object' && overdue !== null ? (overdue as { penalty?: unknown; penaltyBase?: unknown }) : {};
  const p = typeof o.penalty === 'object' && o.penalty !== null ? (o.penalty as { multiplier?: unknown; rate?: unknown }) : {};
  const stated = p.rate !== undefined || (p.multiplier !== undefined && p.multiplier !== '');
  return { rate: !stated, base: o.penaltyBase === undefined || o.penaltyBase === '' };
}

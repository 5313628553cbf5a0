/** The overdue stage (LAW.md §8): current 0 days, early 1–30, mid 31–180, late over 180. */
export type Stage = 'current' | 'early' | 'mid' | 'late';

export function overdueStage(daysOverdue: number): Stage {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'early';
  if (daysOverdue <= 180) return 'mid';
  return 'late';
}

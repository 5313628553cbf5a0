/** Characters no file system accepts in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `协商还款申请-<lender>-<date>.pdf`, the lender's name made safe for any file system. */
export function letterFileName(lender: string, date: string): string {
  const safe = lender.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'lender';
  return `协商还款申请-${safe}-${date}.pdf`;
}

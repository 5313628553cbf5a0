/**
 * Characters no file system accepts in a name, control characters, and the bidirectional controls
 * (U+202E and kin) that make a saved file's name display as something else ("…gnp.exe" shown as "…exe.png").
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** `协商还款申请-<lender>-<date>.pdf`, the lender's name made safe for any file system. */
export function letterFileName(lender: string, date: string): string {
  const safe = lender.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'lender';
  return `协商还款申请-${safe}-${date}.pdf`;
}

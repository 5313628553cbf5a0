import nzh from 'nzh/cn';
import { Decimal } from '../decimal';

/**
 * An amount in capital Chinese numerals, as contracts and receipts write it (大写):
 * "12000.00" → "人民币壹万贰仟元整", "1100.16" → "人民币壹仟壹佰元壹角陆分".
 * The conversion is nzh's (a maintained library), not ours: `forceZheng` adds 整 whenever the
 * amount stops before the fen, as the People's Bank's rules for writing amounts require.
 */
export function amountInWords(amount: string): string {
  const value = new Decimal(amount);
  if (value.isNegative()) throw new RangeError(`an amount in words cannot be negative: ${amount}`);
  return nzh.toMoney(value.toFixed(2), { forceZheng: true });
}

import { addMonths, format, parseISO } from 'date-fns';

/**
 * A realistic worst case for the engine: an outstanding-principal penalty base with compound
 * interest, fees and late fees, two thirds of the instalments paid (some late, some partly),
 * then default, acceleration and a demand, with three plans to size.
 */
export function benchCase(months: number): unknown {
  const start = parseISO('2020-01-15');
  const paidUntil = Math.floor((months * 2) / 3);
  const payments = Array.from({ length: paidUntil }, (_, k) => ({
    date: format(addMonths(start, k + 1), 'yyyy-MM-dd'),
    amount: k % 7 === 3 ? '100.00' : '1200.00',
  }));
  const accelerated = format(addMonths(start, paidUntil + 3), 'yyyy-MM-dd');
  const asOf = format(addMonths(start, paidUntil + 8), 'yyyy-MM-dd');
  return {
    format: 'repayment-case/1',
    asOf,
    lender: { name: 'Bench Microloan', kind: 'licensed' },
    loan: {
      principal: String(months * 1000) + '.00',
      startDate: '2020-01-15',
      termMonths: months,
      rate: { value: '0.05', per: 'day' },
      method: 'equal-payment',
      fees: [{ name: '服务费', amount: '500.00', when: 'upfront' }, { name: '担保费', amount: '15.00', when: 'each-instalment' }],
    },
    overdue: {
      penalty: { multiplier: '1.5' },
      penaltyBase: 'outstanding-principal',
      compound: true,
      lateFees: [{ name: '违约金', percent: '5', per: 'overdue-instalment' }, { name: '催收费', amount: '300.00', per: 'once' }],
      acceleratedOn: accelerated,
    },
    payments,
    claim: { amount: String(months * 900) + '.00' },
    budget: { income: '9000', essentials: '5200', otherDebts: '800', savings: '2000' },
    plans: [
      { kind: 'instalments', base: 'supported', months: 24, firstDate: asOf, annualRate: '0' },
      { kind: 'deferral', base: 'claimed', graceMonths: 3, months: 12, firstDate: asOf },
      { kind: 'settlement', base: 'supported', amount: '1000.00', date: asOf },
    ],
  };
}

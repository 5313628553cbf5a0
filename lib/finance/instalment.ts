import type { Decimal } from '../decimal';
import type { Day } from '../calendar';

/** One row of a repayment schedule. The period runs from periodStart to dueDate (b − a days). */
export interface Instalment {
  readonly n: number;
  readonly periodStart: Day;
  readonly dueDate: Day;
  readonly principal: Decimal;
  readonly interest: Decimal;
  readonly fee: Decimal;
  readonly payment: Decimal;
}

export type Schedule = ReadonlyArray<Instalment>;

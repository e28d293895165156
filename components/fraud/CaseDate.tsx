import type { FraudCase } from '@/lib/content/records';
import { DATE_ROLE_SUFFIXES } from '@/lib/content/labels';
import { DateTime } from '../DateTime';

/** A case's date in a list, saying what day it is: 2022年5月21日求助, 2022年6月1日案发. */
export function CaseDate({ fraudCase }: { fraudCase: Pick<FraudCase, 'date' | 'dateIs'> }) {
  return (
    <span className="case-date">
      <DateTime date={fraudCase.date} />
      {DATE_ROLE_SUFFIXES[fraudCase.dateIs]}
    </span>
  );
}

// Sri Lanka: the NIC, nine digits and V or X (before 2016) or twelve digits since, both holding the
// birth year and the day of the year (plus 500 for women). Only where named.
import { namedIdRecognizer } from './define';

/** The day of the year, plus 500 for a woman, at `at` in `c`. */
function dayOfYear(c: string, at: number): boolean {
  const d = Number(c.slice(at, at + 3));
  return (d >= 1 && d <= 366) || (d >= 501 && d <= 866);
}

export const LK_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'LK_NIC',
    names: ['nic', 'nic no', 'nic number'],
    nearby: ['national identity card', 'sri lanka'],
    pattern: '(?:19|20)[0-9]{10}|[0-9]{9}[VX]',
    valid: (c) => (c.length === 12 ? dayOfYear(c, 4) : dayOfYear(c, 2)),
  }),
];

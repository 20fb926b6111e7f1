// Egypt: the national ID, 14 digits: the century (2: 1900s, 3: 2000s), the birth date, the governorate
// of birth, a serial and a check digit (not public). Only where named.
import { isValidDate } from './checksums';
import { namedIdRecognizer } from './define';

const GOVERNORATES = new Set(
  '01 02 03 04 11 12 13 14 15 16 17 18 19 21 22 23 24 25 26 27 28 29 31 32 33 34 35 88'.split(' '),
);

export const EG_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'EG_NATIONAL_ID',
    names: ['الرقم القومي', 'egyptian id', 'egyptian national id'],
    nearby: ['national id', 'national id number', 'egypt'],
    pattern: '[23][0-9]{13}',
    valid: (c) =>
      isValidDate((c[0] === '2' ? 1900 : 2000) + Number(c.slice(1, 3)), Number(c.slice(3, 5)), Number(c.slice(5, 7))) &&
      GOVERNORATES.has(c.slice(7, 9)),
  }),
];

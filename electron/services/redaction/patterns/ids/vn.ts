// Vietnam: the citizen identity card (CCCD, 12 digits: the province of birth, the century and sex, the
// year of birth, a serial) and the older CMND (9 digits). Only where named.
import { namedIdRecognizer } from './define';

export const VN_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'VN_CITIZEN_ID',
    names: ['cccd', 'căn cước', 'căn cước công dân', 'cmnd', 'chứng minh nhân dân'],
    nearby: ['citizen id', 'vietnam'],
    pattern: '[0-9]{12}|[0-9]{9}',
    // Provinces are numbered 001 to 096.
    valid: (c) => c.length === 9 || (Number(c.slice(0, 3)) >= 1 && Number(c.slice(0, 3)) <= 96),
  }),
];

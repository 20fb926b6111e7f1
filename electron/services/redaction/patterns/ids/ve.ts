// Venezuela: the cédula de identidad, V (Venezuelan) or E (foreigner) and up to eight digits, often
// grouped by dots ("V-12.345.678"). Only where named.
import { namedIdRecognizer } from './define';

export const VE_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'VE_CEDULA',
    names: ['c.i.', 'c.i', 'cédula', 'cedula', 'cédula de identidad'],
    pattern: '[VE]-?[0-9]{1,2}\\.?[0-9]{3}\\.?[0-9]{3}',
    caseSensitive: true,
  }),
];

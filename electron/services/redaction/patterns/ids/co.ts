// Colombia: the cédula de ciudadanía, 6 to 10 digits often grouped by dots ("1.023.456.789"). It has
// no check digit, so it is reported only where named.
import { namedIdRecognizer } from './define';

export const CO_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'CO_CEDULA',
    names: ['cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'c.c.'],
    nearby: ['documento de identidad'],
    pattern: '[0-9]{1,3}(?:\\.[0-9]{3}){1,3}|[0-9]{6,10}',
    valid: (c) => c.length >= 6,
  }),
];

// Colombia: the cédula de ciudadanía, 6 to 10 digits often grouped by dots ("1.023.456.789"). It has
// no check digit, so it is reported only where named.
import { isPlaceholder } from './checksums';
import { idRecognizer, TIER } from './define';

export const CO_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CO_CEDULA',
    labels: ['cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'c.c.'],
    pattern: '[0-9]{1,3}(?:\\.[0-9]{3}){1,3}|[0-9]{6,10}',
    validate: (c) => (c.length < 6 || isPlaceholder(c) ? null : TIER.shape),
    context: ['cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'c.c.', 'documento de identidad'],
    contextBoost: 0.45,
    requireContext: true,
    window: 24,
  }),
];

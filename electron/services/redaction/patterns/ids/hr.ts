// Croatia: OIB (osobni identifikacijski broj): eleven digits whose last is an ISO 7064 MOD 11,10 check
// digit. One number in ten passes, so only where it is named.
import { isDigits, isPlaceholder, iso7064Mod11_10 } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function oib(c: string): Verdict | null {
  return c.length === 11 && isDigits(c) && !isPlaceholder(c) && iso7064Mod11_10(c) ? TIER.checksum : null;
}

export const HR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'HR_OIB',
    labels: ['oib'],
    pattern: '[0-9]{11}',
    validate: oib,
    context: ['oib', 'osobni identifikacijski broj', 'personal identification number'],
    requireContext: true,
  }),
];

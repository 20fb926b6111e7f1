// Switzerland: the AHV/AVS social insurance number (756 + 9 digits + an EAN-13 check digit).
import { digits } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function ahv(c: string, raw: string): Verdict | null {
  const d = digits(c);
  if (d.length !== 13) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += d[i]! * (i % 2 ? 3 : 1);
  if ((10 - (sum % 10)) % 10 !== d[12]) return null;
  // The written form 756.1234.5678.97 is unmistakable; 13 bare digits starting 756 are also how
  // Swiss product barcodes (GS1 prefix 756) look, so those need the word "AHV".
  return /^756\.\d{4}\.\d{4}\.\d{2}$/.test(raw) ? TIER.strong : TIER.quietChecksum;
}

export const CH_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CH_AHV',
    labels: ['ahv', 'avs', 'ahv-nummer'],
    pattern: '756\\.?[0-9]{4}\\.?[0-9]{4}\\.?[0-9]{2}',
    validate: ahv,
    context: ['ahv', 'avs', 'ahv-nr', 'ahv-nummer', 'sozialversicherungsnummer', 'numéro avs', 'numero avs'],
  }),
];

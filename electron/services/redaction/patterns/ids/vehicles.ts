// Vehicle identification numbers (ISO 3779): 17 characters without I, O and Q. A VIN ties a car
// to its owner's registration. North American VINs carry a check digit in position 9, so a valid
// one is trusted alone; others (Europe has no check digit) need their label near.
import { isPlaceholder } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North American check digit (position 9: 0-9 or X for 10). */
export function vinCheckDigitValid(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VALUES[c];
    if (v === undefined) return false;
    sum += v * WEIGHTS[i]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

function vin(compact: string): Verdict | null {
  // Letters and digits both: a 17-digit number or a 17-letter word is something else.
  if (compact.length !== 17 || !/[0-9]/.test(compact) || !/[A-Z]/.test(compact) || isPlaceholder(compact)) return null;
  return vinCheckDigitValid(compact) ? TIER.strong : TIER.shape;
}

function plate(compact: string): Verdict | null {
  if (compact.length < 4 || compact.length > 8 || !/[0-9]/.test(compact) || !/[A-Z]/.test(compact)) return null;
  return isPlaceholder(compact) ? null : TIER.weak;
}

export const VEHICLE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'VIN',
    pattern: '[A-HJ-NPR-Z0-9]{17}',
    validate: vin,
    context: [
      'vin',
      'vehicle identification',
      'chassis',
      'chassis number',
      'fahrgestellnummer',
      'numéro de série',
      'bastidor',
    ],
  }),
  // A car's number plate after its label ("plate 7ABC123", "Kennzeichen M-AB 1234"). Shapes differ
  // by country and have no check digit; letters and digits both, right after the label.
  idRecognizer({
    subtype: 'LICENSE_PLATE',
    pattern:
      '[A-Z]{2}[0-9]{2} ?[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2} ?[0-9]{1,4}[EH]?|[A-Z]{2}[- ][0-9]{3}[- ][A-Z]{2}|' +
      '[A-Z0-9]{1,3}-[A-Z0-9]{2,4}-[A-Z0-9]{1,3}|[A-Z0-9]{1,4}-[A-Z0-9]{2,5}|[A-Z]{1,3} [0-9]{1,4}|[0-9]{1,4} [A-Z]{1,3}|' +
      '[A-Z0-9]{4,8}',
    caseSensitive: true,
    wordWithoutDigits: true,
    validate: plate,
    context: [
      'plate',
      'plates',
      'license plate',
      'licence plate',
      'number plate',
      'registration plate',
      'reg plate',
      'kennzeichen',
      'nummernschild',
      'immatriculation',
      'plaque',
      'matrícula',
      'matricula',
      'targa',
      'kenteken',
    ],
    requireContext: true,
    // Right after its label a plate is as sure as a checksummed ID: it must win over an address
    // or a model's place that runs into it ("plate 7XYZ321, Scranton PA 18503").
    contextBoost: 0.75,
    window: 20,
  }),
];

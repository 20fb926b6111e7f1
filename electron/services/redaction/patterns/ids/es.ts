// Spain: DNI/NIF and NIE (mod 23 check letter), CIF (company tax code), passport.
import { digits, isDigits } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function nif(c: string): Verdict | null {
  const num = c.slice(0, -1);
  if (!isDigits(num) || num.length < 7 || num.length > 8) return null;
  return NIF_LETTERS[Number(num) % 23] === c.at(-1) ? TIER.strong : null;
}

function nie(c: string): Verdict | null {
  const num = String('XYZ'.indexOf(c[0]!)) + c.slice(1, 8);
  if (!isDigits(num) || num.length !== 8) return null;
  return NIF_LETTERS[Number(num) % 23] === c[8] ? TIER.strong : null;
}

/**
 * CIF / NIF of a legal entity: organisation letter, 7 digits, control digit or letter
 * (J A B C D E F G H I for 0-9).
 */
function cif(c: string): Verdict | null {
  const d = digits(c.slice(1, 8));
  if (d.length !== 7 || d.some((x) => x < 0 || x > 9)) return null;
  let sum = 0;
  d.forEach((x, i) => {
    if (i % 2 === 1) sum += x;
    else {
      const y = x * 2;
      sum += Math.floor(y / 10) + (y % 10);
    }
  });
  const control = (10 - (sum % 10)) % 10;
  const last = c[8]!;
  const org = c[0]!;
  const letterOnly = 'KPQRSNW'.includes(org);
  const digitOnly = 'ABEH'.includes(org);
  const asLetter = 'JABCDEFGHI'[control];
  if (last === String(control) && !letterOnly) return TIER.strong;
  if (last === asLetter && !digitOnly) return TIER.strong;
  return null;
}

export const ES_RECOGNIZERS = [
  idRecognizer({
    subtype: 'ES_NIF',
    labels: ['dni', 'nif'],
    pattern: '[0-9]{7,8}-?[A-Z]',
    validate: nif,
    context: ['nif', 'dni', 'documento nacional de identidad', 'número de identificación fiscal', 'nº dni'],
  }),
  idRecognizer({
    subtype: 'ES_NIE',
    labels: ['nie'],
    pattern: '[XYZ]-?[0-9]{7}-?[A-Z]',
    validate: nie,
    context: ['nie', 'número de identidad de extranjero', 'número de identificación de extranjero', 'extranjero'],
  }),
  idRecognizer({
    subtype: 'ES_CIF',
    pattern: '[ABCDEFGHJNPQRSUVW]-?[0-9]{7}-?[0-9A-J]',
    validate: cif,
    context: ['cif', 'nif', 'código de identificación fiscal', 'razón social'],
  }),
  idRecognizer({
    subtype: 'ES_PASSPORT',
    pattern: '[A-Z]{3}[0-9]{6}',
    validate: () => TIER.shape,
    context: ['pasaporte', 'número de pasaporte', 'passport', 'passport number'],
  }),
];

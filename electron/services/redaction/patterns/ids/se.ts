// Sweden: personnummer / samordningsnummer (date + Luhn) and organisationsnummer (Luhn).
import { isDigits, isValidDate, isValidDateAnyCentury, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function personnummer(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || (c.length !== 10 && c.length !== 12)) return null;
  const ten = c.slice(-10);
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60; // samordningsnummer
  const month = Number(ten.slice(2, 4));
  const dateOk =
    c.length === 12
      ? /^(18|19|20)/.test(c) && isValidDate(Number(c.slice(0, 4)), month, day)
      : isValidDateAnyCentury(Number(ten.slice(0, 2)), month, day);
  if (!dateOk || !luhn(ten)) return null;
  // A bare 10-digit run may be a phone number; the dashed or 12-digit forms are unambiguous.
  return c.length === 12 || /[-+]/.test(raw) ? TIER.strong : { score: 0.75, validated: true };
}

/** Organisationsnummer: group digit, "month" >= 20 so it never looks like a birth date, Luhn. */
function organisationsnummer(c: string, raw: string): Verdict | null {
  const ten = c.length === 12 && c.startsWith('16') ? c.slice(2) : c;
  if (!isDigits(ten) || ten.length !== 10 || ten[0] === '0' || ten[0] === '4') return null;
  if (Number(ten[2]) < 2 || !luhn(ten)) return null;
  return raw.includes('-') ? { score: 0.7, validated: true } : TIER.checksum;
}

export const SE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'SE_PERSONNUMMER',
    labels: ['personnummer'],
    pattern: '(?:1[89]|20)?[0-9]{6}[\\-+]?[0-9]{4}',
    validate: personnummer,
    context: ['personnummer', 'pnr', 'person-nr', 'samordningsnummer', 'personal identity number', 'id code'],
    gluedStart: true,
  }),
  idRecognizer({
    subtype: 'SE_ORGANISATIONSNUMMER',
    pattern: '(?:16)?[0-9]{6}-?[0-9]{4}',
    validate: organisationsnummer,
    context: [
      'organisationsnummer',
      'orgnummer',
      'org.nr',
      'orgnr',
      'org nr',
      'org. nr',
      'företag',
      'company',
      'organisation number',
      'identity code',
    ],
  }),
];

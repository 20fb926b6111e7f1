// Indonesia: NIK (nomor induk kependudukan), sixteen digits: province, regency and district codes,
// the birth date DDMMYY (40 added to a woman's day) and a serial. No check digit; sixteen digits are
// also a card's length, so only where it is named. NPWP, the tax number: fifteen digits written
// "09.254.294.3-407.000", whose ninth is a Luhn check digit over the eight before it.
import { isDigits, isPlaceholder, isValidDateAnyCentury, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function nik(c: string): Verdict | null {
  if (c.length !== 16 || !isDigits(c) || isPlaceholder(c)) return null;
  const province = Number(c.slice(0, 2));
  let day = Number(c.slice(6, 8));
  if (day > 40) day -= 40;
  if (province < 11 || province > 96 || Number(c.slice(12)) === 0) return null;
  return isValidDateAnyCentury(Number(c.slice(10, 12)), Number(c.slice(8, 10)), day) ? TIER.structured : null;
}

function npwp(c: string, raw: string): Verdict | null {
  if (c.length !== 15 || !isDigits(c) || isPlaceholder(c.slice(0, 9)) || !luhn(c.slice(0, 9))) return null;
  // Written in its groups, the shape tells as much as the check digit; bare digits wait for a word.
  return /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/.test(raw) ? TIER.checksum : TIER.quietChecksum;
}

export const ID_RECOGNIZERS_INDONESIA = [
  idRecognizer({
    subtype: 'ID_NPWP',
    labels: ['npwp'],
    pattern: '[0-9]{2}\\.?[0-9]{3}\\.?[0-9]{3}\\.?[0-9]-?[0-9]{3}\\.?[0-9]{3}',
    validate: npwp,
    context: ['npwp', 'nomor pokok wajib pajak', 'tax id', 'pajak'],
  }),
  idRecognizer({
    subtype: 'ID_NIK',
    labels: ['nik', 'no. ktp', 'nomor ktp'],
    pattern: '[1-9][0-9]{15}',
    validate: nik,
    context: ['nik', 'ktp', 'e-ktp', 'nomor induk kependudukan', 'kartu tanda penduduk'],
    requireContext: true,
  }),
];

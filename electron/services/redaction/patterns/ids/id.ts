// Indonesia: NIK (nomor induk kependudukan), sixteen digits: province, regency and district codes,
// the birth date DDMMYY (40 added to a woman's day) and a serial. No check digit; sixteen digits are
// also a card's length, so only where it is named.
import { isDigits, isPlaceholder, isValidDateAnyCentury } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function nik(c: string): Verdict | null {
  if (c.length !== 16 || !isDigits(c) || isPlaceholder(c)) return null;
  const province = Number(c.slice(0, 2));
  let day = Number(c.slice(6, 8));
  if (day > 40) day -= 40;
  if (province < 11 || province > 96 || Number(c.slice(12)) === 0) return null;
  return isValidDateAnyCentury(Number(c.slice(10, 12)), Number(c.slice(8, 10)), day) ? TIER.structured : null;
}

export const ID_RECOGNIZERS_INDONESIA = [
  idRecognizer({
    subtype: 'ID_NIK',
    labels: ['nik', 'no. ktp', 'nomor ktp'],
    pattern: '[1-9][0-9]{15}',
    validate: nik,
    context: ['nik', 'ktp', 'e-ktp', 'nomor induk kependudukan', 'kartu tanda penduduk'],
    requireContext: true,
  }),
];

// Device identifiers that follow a person: a phone's IMEI (15 digits: type allocation code, serial
// and a Luhn check digit), as support tickets and police reports quote it, and a device's serial
// number where named (an asset list's "SN: C02XK0JHJGH5", a Dell "service tag").
import { allSame, isPlaceholder, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function imei(c: string, raw: string): Verdict | null {
  if (c.length !== 15 || allSame(c) || !luhn(c)) return null;
  // The written grouping 35-209900-176148-1 (TAC split 2-6, serial, check digit) is an IMEI; fifteen
  // bare digits that pass Luhn are one number in ten, so those need the word.
  return /^\d{2}-\d{6}-\d{6}-\d$/.test(raw) ? TIER.strong : TIER.quietChecksum;
}

export const DEVICE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IMEI',
    labels: ['imei'],
    pattern: '[0-9]{2}-?[0-9]{6}-?[0-9]{6}-?[0-9]',
    validate: imei,
    context: ['imei', 'imei number', 'imei no', 'device id', 'serial number of the phone'],
  }),
  idRecognizer({
    subtype: 'DEVICE_SERIAL',
    // Capitals and digits, maybe in dashed groups ("8XK2-44QP-1190"), with a digit: not a word.
    pattern: '[A-Z0-9]{7,20}|[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,3}',
    caseSensitive: true,
    validate: (c) => (c.length >= 7 && c.length <= 24 && /[0-9]/.test(c) && !isPlaceholder(c) ? TIER.weak : null),
    context: ['serial', 'serial number', 'serial no', 'serial #', 's/n', 'sn:', 'service tag'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
];

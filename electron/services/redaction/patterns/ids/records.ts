// Numbers that are personal only because of what they number: medical records, UK bank accounts
// and sort codes, passports of any country, customer and member numbers. No checksum exists, so each
// needs its label near.
import { isPlaceholder } from './checksums';
import { idRecognizer, TIER } from './define';

/** Names of a bank account's number, in the languages the rules know. */
const ACCOUNT_NUMBER_LABELS = [
  'account no',
  'account number',
  'acct no',
  'a/c no',
  'kontonummer',
  'numéro de compte',
  'número de cuenta',
];

export const RECORD_RECOGNIZERS = [
  idRecognizer({
    subtype: 'MEDICAL_RECORD_NUMBER',
    pattern: '[A-Z]{0,3}[0-9]{5,12}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      'mrn',
      'medical record',
      'medical record number',
      'patient id',
      'patient number',
      'hospital number',
      'chart number',
      'case number',
      'patientennummer',
      'numéro de dossier',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  idRecognizer({
    subtype: 'UK_SORT_CODE',
    pattern: '[0-9]{2}-[0-9]{2}-[0-9]{2}',
    validate: () => TIER.weak,
    context: ['sort code', 'sort-code', 'sortcode'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  idRecognizer({
    subtype: 'BANK_ACCOUNT',
    pattern: '[0-9]{6,12}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: ACCOUNT_NUMBER_LABELS,
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // An account number written in groups after its name ("British Gas account 8500 1234 5678"): the
  // digit runs above take no spaces.
  idRecognizer({
    subtype: 'BANK_ACCOUNT',
    variant: 'grouped',
    pattern: '[0-9]{2,6}(?:[ -][0-9]{2,6}){1,4}',
    validate: (c) => (c.length < 8 || c.length > 20 || isPlaceholder(c) ? null : TIER.weak),
    // The bare words as well: a grouped number after "account" is rarely anything else.
    context: ['account', 'acct', 'a/c', ...ACCOUNT_NUMBER_LABELS],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // Any country's passport number named as one: a letter and 7-9 digits, two letters and 6-9, or 8-9 digits.
  // The country rules know the formats they can check; this one catches the rest.
  idRecognizer({
    subtype: 'PASSPORT',
    pattern: '[A-Z][0-9]{7,9}|[A-Z]{2}[0-9]{6,9}|[0-9]{8,9}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      'passport',
      'passport no',
      'passport number',
      'passport #',
      'reisepass',
      'reisepassnummer',
      'passeport',
      'pasaporte',
      'passaporto',
      'passaporte',
      'paspoort',
      'paszport',
      'pass',
      'passnummer',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 32,
  }),
  idRecognizer({
    subtype: 'CUSTOMER_NUMBER',
    pattern: '[A-Z]{0,4}[-]?[0-9]{5,12}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      'customer number',
      'customer no',
      'customer id',
      'member number',
      'member id',
      'membership number',
      'policy number',
      'policy no',
      'employee id',
      'employee number',
      'employee no',
      'emp no',
      'emp id',
      'staff id',
      'staff number',
      'personnel number',
      'payroll number',
      'student id',
      'kundennummer',
      'mitgliedsnummer',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
];

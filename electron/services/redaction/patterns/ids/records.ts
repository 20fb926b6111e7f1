// Numbers that are personal only because of what they number: medical records, UK bank accounts
// and sort codes, passports of any country, customer and member numbers. No checksum exists, so each
// needs its label near.
import { isDigits, isPlaceholder, mod97 } from './checksums';
import { idRecognizer, TIER, withScore } from './define';

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

/** Nine digits, or three, two and four: the US shape of a social security number. */
const US_SSN_SHAPE = /^[0-9]{3}[- .]?[0-9]{2}[- .]?[0-9]{4}$/;
/** A date, which a form's next field may hold ("SSN 12/03/1985" where the number was left out). */
const DATE_SHAPE = /^(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2})$/;

export const RECORD_RECOGNIZERS = [
  idRecognizer({
    subtype: 'MEDICAL_RECORD_NUMBER',
    // Also in dashed groups: "4471-928-03".
    pattern: '[A-Z]{0,3}[0-9]{5,12}|[0-9]{2,6}(?:-[0-9]{2,6}){1,3}',
    validate: (c) => (isPlaceholder(c) || c.replace(/[^0-9]/g, '').length < 5 ? null : TIER.weak),
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
      // An Indian hospital's unique health ID and in- and out-patient numbers.
      'uhid',
      'ip no',
      'op no',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // A court or agency case number after its name: "Case no. 2022-CV-01873", a US federal court's
  // "1:21-cv-04567" (whose digits alone the rule above would cut out of it), "Az. 3 O 123/21".
  idRecognizer({
    subtype: 'CASE_NUMBER',
    pattern:
      '[0-9]{1,2}:[0-9]{2}-[A-Z]{2,4}-[0-9]{3,6}(?:-[A-Z]{2,5}){0,3}' +
      '|[0-9]{2,4}-[A-Z]{1,4}-[0-9]{3,8}' +
      '|[A-Z]{1,4}-?[0-9]{2,4}[-/][0-9]{3,8}' +
      '|[0-9]{1,3} [A-Z]{1,3} [0-9]{1,6}/[0-9]{2,4}',
    // A German court's register letters stand alone between the digits ("3 O 123/21").
    wordWithoutDigits: true,
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      // The bare word too: "Case 3:23-cv-01457-JD, N.D. Cal." (the shapes above are case numbers' own).
      'case',
      'case no',
      'case number',
      'case #',
      'case id',
      'case ref',
      'docket',
      'docket no',
      'docket number',
      'claim no',
      'aktenzeichen',
      'az.',
      'geschäftszeichen',
      'numéro de dossier',
      'n° de dossier',
      'número de expediente',
      'expediente',
      'numero di pratica',
      'zaaknummer',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // A social security number of a shape the country rules do not know, or whose check fails, right
  // after the name ("ssn = '850312-1234'"). Not the US shape: the SSN rule decides those, and turns
  // down the invalid ones on purpose.
  idRecognizer({
    subtype: 'SSN',
    variant: 'LABELLED',
    pattern: '[0-9]{2,8}(?:[-./ ][0-9]{2,8}){0,3}',
    validate: (c, raw) =>
      c.length < 8 || c.length > 13 || US_SSN_SHAPE.test(raw) || DATE_SHAPE.test(raw) || isPlaceholder(c)
        ? null
        : TIER.weak,
    context: ['ssn', 'ssn#', 'social security number', 'social security no', 'social security #'],
    contextBoost: 0.6,
    requireContext: true,
    window: 16,
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
    // Right after its label it is the account, whatever else its digits pass for ("Account Number:
    // 004417789921" also dials as a British number from abroad).
    labels: ACCOUNT_NUMBER_LABELS,
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
  // A longer account number after its name: Russia's 20 digits ("account 40817810099910004312", "р/с
  // 4070…"), Mexico's 18-digit CLABE.
  idRecognizer({
    subtype: 'BANK_ACCOUNT',
    variant: 'long',
    pattern: '[0-9]{18,20}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      'account',
      'acct',
      'a/c',
      'счет',
      'счёт',
      'р/с',
      'расчетный счет',
      'clabe',
      'cuenta',
      ...ACCOUNT_NUMBER_LABELS,
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // A French, Moroccan or Tunisian account as its RIB writes it (bank, branch, account, key: 23, 24 or 20
  // digits, often in groups): "RIB 30004 00823 00012345678 19", "RIB 230 780 0123456789012345 03". The key
  // makes the whole number divisible by 97; a number after "RIB" that fails it is still the account.
  idRecognizer({
    subtype: 'BANK_ACCOUNT',
    variant: 'RIB',
    pattern: '[0-9]{3,5}(?:[ -]?[0-9]{2,16}){2,5}',
    validate: (c) =>
      c.length < 20 || c.length > 24 || !isDigits(c) || isPlaceholder(c)
        ? null
        : mod97(c) === 0
          ? TIER.checksum
          : TIER.weak,
    context: ['rib', "relevé d'identité bancaire", 'relevé d’identité bancaire'],
    labels: ['rib'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // An employee number that says what it is by its prefix ("EMP-00417", "EID20931"): no label needed.
  // Not a year ("EMP-2024 roadmap").
  idRecognizer({
    subtype: 'CUSTOMER_NUMBER',
    variant: 'EMPLOYEE_PREFIX',
    pattern: '(?:EMP|EMPL|EID)-?[0-9]{3,8}',
    caseSensitive: true,
    validate: (c) => (isPlaceholder(c) || /^[A-Z]+(?:19|20)\d\d$/.test(c) ? null : withScore(TIER.shape, 0.6)),
    context: ['employee', 'staff', 'assigned'],
  }),
  // A Brazilian bank account or branch with its check digit after a dash ("conta corrente 12345-6,
  // agência 1234-5"): the digit is each bank's own, so only where named.
  idRecognizer({
    subtype: 'BANK_ACCOUNT',
    variant: 'BR',
    pattern: '[0-9]{3,12}-[0-9X]',
    validate: (c) => (isPlaceholder(c.slice(0, -1)) ? null : TIER.weak),
    context: ['conta', 'conta corrente', 'conta poupança', 'c/c', 'agência', 'agencia'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  // Any country's passport number named as one: a letter and 7-9 digits, two letters and 6-9, 8-9 digits,
  // or Russia's series and number (10 digits, "45 09 123456"; 9 on a passport for travel abroad,
  // "75 4829163"). The country rules know the formats they can check; this one catches the rest.
  idRecognizer({
    subtype: 'PASSPORT',
    // France writes two digits, two letters and five digits ("09AB12345").
    pattern:
      '[A-Z][0-9]{7,9}|[A-Z]{2}[0-9]{6,9}|[0-9]{2}[A-Z]{2}[0-9]{5}|[0-9]{8,9}|[0-9]{2} ?[0-9]{2} ?[0-9]{6}|[0-9]{2} [0-9]{7}',
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
      'паспорт',
    ],
    // Right after its label it is a passport, whatever else its digits pass for ("Passport number:
    // 533812947" also passes Canada's SIN check).
    labels: ['passport', 'passport no', 'passport number', 'passport #', 'reisepassnummer', 'passnummer'],
    contextBoost: 0.6,
    requireContext: true,
    window: 32,
  }),
  idRecognizer({
    subtype: 'CUSTOMER_NUMBER',
    // Also in dashed groups: "CLM-2024-778812", "XKJ-4402-991", "4471-22-0913", "2023-FR-88412",
    // a health plan's group "0123456-010-00001".
    pattern:
      '[A-Z]{0,4}[-]?[0-9]{5,12}|[A-Z]{2,4}-[0-9]{2,6}-[0-9]{2,10}|[0-9]{3,8}(?:-[0-9]{2,6}){1,3}|' +
      // An Indian university's register number: year, programme, serial ("21BCE1234").
      '[0-9]{2,6}-[A-Z]{1,4}-[0-9]{2,10}|[0-9]{2}[A-Z]{2,4}[0-9]{3,6}|' +
      // A university's matriculation number with its school and year: "UNN/2019/123456".
      '[A-Z]{2,5}/[0-9]{2,4}/[0-9]{3,10}|' +
      // A court's claim number, court and year in it: "Claim No. HQ23X01234", "F00LS123".
      '[A-Z]{1,3}[0-9]{1,3}[A-Z]{1,3}[0-9]{2,8}',
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
      'policy #',
      'policy id',
      'insurance number',
      'insurance no',
      'insurance id',
      'insurance policy',
      // A policy in other languages ("póliza 0077-8812-33", "Versicherungsschein-Nr.").
      'póliza',
      'poliza',
      'numéro de police',
      'polizza',
      'apólice',
      'apolice',
      'polisnummer',
      'versicherungsschein',
      'policennummer',
      // A professional's certificate ("Certificate No. RN-448120"); a licence number is the driving
      // licence rules' (us.ts, uk.ts).
      'certificate no',
      'certificate number',
      'beneficiary number',
      'beneficiary id',
      'subscriber id',
      'subscriber number',
      'health plan number',
      'health plan id',
      // A health plan's group ("group number is 00471").
      'group number',
      'group no',
      'group #',
      'claim number',
      'claim no',
      'claim #',
      'claim id',
      'badge number',
      'badge no',
      'badge #',
      'employee #',
      'staff #',
      'member #',
      'customer #',
      'employee id',
      'employee number',
      'employee no',
      'emp no',
      'emp id',
      'emp. no',
      'emp. id',
      'emp #',
      'staff id',
      'staff number',
      'personnel number',
      // A soldier's number ("Sgt. Marcus Reid, service number 25149873").
      'service number',
      'service no',
      'military id',
      'dod id',
      'payroll number',
      'student id',
      'student number',
      'student no',
      'student #',
      // A matriculation number ("Matric No: UNN/2019/123456", "Matrikelnummer 4711234", "学号 2021013456").
      'matric no',
      'matric number',
      'matriculation number',
      'matriculation no',
      'matrikelnummer',
      'matrikel-nr',
      '学号',
      '學號',
      '学籍番号',
      '학번',
      'roll no',
      'roll number',
      'register number',
      'enrollment no',
      'enrollment number',
      'enrolment no',
      'enrolment number',
      'matrícula',
      'matricula',
      'badge',
      'kundennummer',
      'mitgliedsnummer',
      // Staff numbers in other languages ("Personalnummer 004512", "matricule 88412").
      'personalnummer',
      'personalnr',
      'personal-nr',
      'mitarbeiternummer',
      'mitarbeiter-nr',
      'personeelsnummer',
      'matricule',
      'matricola',
      'anställningsnummer',
      // The customer number of other languages' letters and bills ("Kundennr. 4711-0815").
      'kundennr',
      'kunden-nr',
      'kundnummer',
      'klantnummer',
      'numéro client',
      'numéro de client',
      'n° client',
      'número de cliente',
      'numero cliente',
      'numero di cliente',
      'codice cliente',
    ],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  idRecognizer({
    subtype: 'CUSTOMER_NUMBER',
    variant: 'CODED',
    // A reference that carries its kind's capitals after the word alone: "your claim CLM-2024-55812",
    // "policy POL-99812-A" (the rule above needs "claim number", "policy no"...: bare digits after
    // "claim" or "policy" are amounts and years as often).
    pattern: '[A-Z]{2,4}-[0-9]{2,8}(?:-[0-9A-Z]{1,10}){0,2}',
    caseSensitive: true,
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: ['claim', 'policy', 'member', 'membership', 'subscriber', 'beneficiary', 'patient'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
  idRecognizer({
    subtype: 'CUSTOMER_NUMBER',
    variant: 'LETTERED',
    // Capitals glued to six digits or more after the same words: "insured under Aetna policy W284719305",
    // "member ID XJK884120377".
    pattern: '[A-Z]{1,3}[0-9]{6,12}',
    caseSensitive: true,
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: ['claim', 'policy', 'member', 'membership', 'subscriber', 'beneficiary'],
    contextBoost: 0.6,
    requireContext: true,
    window: 24,
  }),
];

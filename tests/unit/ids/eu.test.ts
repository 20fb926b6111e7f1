import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertChecksum,
  assertNeedsContext,
  assertNotReported,
  assertReported,
  candidates,
  reported,
  scoreOf,
  wrongCheck,
} from './helpers';

describe('German recognizers', () => {
  it('Steuer-IdNr: ISO 7064 MOD 11,10 and the repetition rule', () => {
    assertChecksum('DE_TAX_ID', ['86095742719', '12345678903', '98765432106'], { context: (v) => `Steuer-ID: ${v}` });
    for (const v of ['11111111111', '11112345678', '02345678901']) assertNotReported(v, 'DE_TAX_ID');
  });

  it('KVNR, RVNR, LANR, VAT', () => {
    assertChecksum('DE_HEALTH_INSURANCE', ['A123456780', 'M123456785', 'Z999999997'], {
      context: (v) => `KVNR: ${v}`,
    });
    // Right after its label, also abbreviated with a period, even when the check fails.
    const kvnr = 'Versichertennr. K284719365, wohnhaft';
    assert.deepEqual(
      reported(kvnr, 'DE_HEALTH_INSURANCE').map((c) => kvnr.slice(c.start, c.end)),
      ['K284719365'],
    );
    assertNotReported('Bauteil K284719365', 'DE_HEALTH_INSURANCE');
    assertChecksum('DE_SOCIAL_SECURITY', ['15070649C103', '65070803A019', '38551285K051'], {
      context: (v) => `RVNR: ${v}`,
    });
    for (const v of ['15070049C103', '15071349C103']) assertNotReported(v, 'DE_SOCIAL_SECURITY');
    assertChecksum('DE_LANR', ['123456601', '987654401'], { checkIndex: 6, context: (v) => `LANR: ${v}` });
    assertChecksum('DE_VAT_ID', ['DE136695976'], { context: (v) => `USt-IdNr.: ${v}` });
    assertReported('DE 136 695 976', 'DE_VAT_ID');
    // A firm's commercial register number after its division, as a letter's footer gives it.
    const footer = 'Sitz: Stuttgart, HRB 723145; Amtsgericht München HRA 98120';
    assert.deepEqual(
      reported(footer, 'DE_COMMERCIAL_REGISTER').map((c) => footer.slice(c.start, c.end)),
      ['723145', '98120'],
    );
    assertNotReported('Sitz in Stuttgart, 723145 Mitarbeiter', 'DE_COMMERCIAL_REGISTER');
  });

  it('passport serial needs context', () => {
    assertNeedsContext('DE_PASSPORT', 'C01X00T47', 'Reisepass C01X00T47 ausgestellt', 'Bauteil C01X00T47 bestellt');
    assertNotReported('Reisepass 901234567', 'DE_PASSPORT');
  });
});

describe('Spanish, Italian, French, Dutch, Belgian and Polish recognizers', () => {
  it('ES NIF / NIE / CIF check letters', () => {
    assertChecksum('ES_NIF', ['12345678Z', '55555555-K', '1111111G'], { context: (v) => `mi DNI es ${v}` });
    assertChecksum('ES_NIE', ['X9613851N', 'Y8063915-Z', 'z8078221m'], { context: (v) => `Mi NIE es ${v}` });
    assertChecksum('ES_CIF', ['A58818501', 'B12345674'], { context: (v) => `CIF ${v}` });
    assertNeedsContext('ES_PASSPORT', 'AAA123456', 'Mi pasaporte es AAA123456', 'el lote AAA123456 llegó');
  });

  it('IT codice fiscale, partita IVA, documents', () => {
    assertChecksum('IT_FISCAL_CODE', ['RSSMRA85T10A562S'], { context: (v) => `codice fiscale ${v}` });
    // Omocodia: digits replaced by letters still validate through the check character.
    assertNotReported('A55AAA00B11C333N', 'IT_FISCAL_CODE');
    // Right after its abbreviation, a code whose check letter fails is still someone's.
    assert.deepEqual(reported('nato a Bergamo il 22/06/1985, C.F. CLMMTT85H22A794Z.', 'IT_FISCAL_CODE').length, 1);
    // "CF" alone is its label too: right after it a code whose check letter fails is reported, unchecked.
    assert.deepEqual(
      reported('cell. 347 123 4567, CF BNCGLI85M41F205X.', 'IT_FISCAL_CODE').map((c) => c.score),
      [0.6],
    );
    assertChecksum('IT_VAT_CODE', ['01333550323'], { context: (v) => `P.IVA ${v}` });
    assertNotReported('00000000000', 'IT_VAT_CODE');
    assertNeedsContext('IT_DRIVER_LICENSE', 'U1K711J11M', 'patente U1K711J11M', 'codice U1K711J11M');
    assertNeedsContext('IT_PASSPORT', 'YA1234567', 'passaporto YA1234567', 'prodotto YA1234567');
    assertNeedsContext('IT_IDENTITY_CARD', 'CA12345AB', "carta d'identità CA12345AB", 'prodotto CA12345AB');
  });

  it('FR NIR key, NL BSN 11-test, BE national number, PL PESEL', () => {
    assertChecksum('FR_NIR', ['2 69 05 49 588 157 80', '269054958815780'], { context: (v) => `sécurité sociale ${v}` });
    assertChecksum('NL_BSN', ['111222333', '123456782'], { context: (v) => `BSN ${v}` });
    assertChecksum('BE_NATIONAL_NUMBER', ['85.07.30-033.28'], { context: (v) => `rijksregisternummer ${v}` });
    assertChecksum('PL_PESEL', ['44051401458', '02070803628'], { context: (v) => `PESEL ${v}` });
    for (const v of ['85040812345', '11110021111']) assertNotReported(v, 'PL_PESEL');
    // Its check digit passes, but its birth date (month 70: the 2200s) is still to come: a UK mobile.
    assertNotReported('her number is 07700900461', 'PL_PESEL');
  });

  it('PL NIP and REGON: mod-11 check digits, and only where they are named', () => {
    const values = (text: string, subtype: string) =>
      reported(text, subtype).map((c) => [text.slice(c.start, c.end), c.validated === true]);
    // Written with dashes either way, or as ten digits.
    for (const v of ['123-456-32-18', '779-23-45-616', '7792345616', '525-104-08-21']) {
      assert.deepEqual(values(`NIP ${v}`, 'PL_NIP'), [[v, true]]);
      assert.deepEqual(values(`Firma X sp. z o.o., numer NIP: ${v}, Kraków`, 'PL_NIP'), [[v, true]]);
      assertNotReported(v, 'PL_NIP');
    }
    for (const bad of wrongCheck('7792345616')) assertNotReported(`the firm's nip is on the invoice: ${bad}`, 'PL_NIP');
    // Nine digits whose check comes to 10 are never issued, whatever digit follows.
    for (const d of '0123456789') assertNotReported(`the firm's nip is on the invoice: 525104088${d}`, 'PL_NIP');
    for (const v of ['123456785', '630258133', '012345675']) {
      assert.deepEqual(values(`REGON ${v}`, 'PL_REGON'), [[v, true]]);
      assertNotReported(v, 'PL_REGON');
    }
    for (const bad of wrongCheck('630258133')) assertNotReported(`regon firmy (z rejestru) ${bad}`, 'PL_REGON');
    // The fourteen-digit REGON of a local unit.
    assert.deepEqual(values('REGON 12345678512347', 'PL_REGON'), [['12345678512347', true]]);
  });

  it('VAT numbers: FR key over the SIREN, BE mod 97, NL mod 97 or the RSIN 11-test', () => {
    assertChecksum('FR_VAT', ['FR83404833048', 'FR 83 404 833 048'], { context: (v) => `TVA intracommunautaire ${v}` });
    for (const v of ['FR84404833048', 'FR00404833048']) assertNotReported(v, 'FR_VAT'); // wrong key
    assertChecksum('BE_VAT', ['BE0403170701', 'BE 0403.170.701', 'BE0477061836'], { context: (v) => `BTW ${v}` });
    assertReported('BE403170701', 'BE_VAT'); // before 2007: nine digits
    assertNotReported('BE2403170701', 'BE_VAT'); // the enterprise number starts with 0 or 1
    // Since 2020 (mod 97 over the whole, letters as numbers) and before (11-test of the nine digits).
    assertReported('NL123456789B13', 'NL_VAT', { validated: true });
    for (const v of ['NL123456789B12', 'NL123456789B14']) assertNotReported(v, 'NL_VAT');
    assertChecksum('NL_VAT', ['NL004495445B01'], { checkIndex: 10, context: (v) => `btw-id ${v}` });
    assertReported('NL004495445B02', 'NL_VAT'); // another of the company's numbers
    // Without its country letters a VAT number is not read as one.
    assertNotReported('404833048', 'FR_VAT');
    assertNotReported('0403170701', 'BE_VAT');
  });

  it('FR SIREN and SIRET: Luhn, and only where they are named', () => {
    const values = (text: string, subtype: string) =>
      reported(text, subtype).map((c) => [text.slice(c.start, c.end), c.validated === true]);
    assert.deepEqual(values('Société X, SIRET 732 829 320 00074.', 'FR_SIRET'), [['732 829 320 00074', true]]);
    assert.deepEqual(values('n° SIREN : 404 833 048 (RCS Paris)', 'FR_SIREN'), [['404 833 048', true]]);
    // A wrong check digit is never validated: right after its own label it is kept as written, unchecked.
    for (const bad of wrongCheck('73282932000074')) {
      assert.deepEqual(values(`siret ${bad}`, 'FR_SIRET'), [[bad, false]]);
      assertNotReported(`the établissement has ${bad}`, 'FR_SIRET');
    }
    // Nine or fourteen digits alone are anything.
    assertNotReported('73282932000074', 'FR_SIRET');
    assertNotReported('404833048', 'FR_SIREN');
  });
});

describe('Nordic recognizers', () => {
  it('FI henkilötunnus: date, century sign, check character', () => {
    assertChecksum('FI_PERSONAL_IDENTITY_CODE', ['131052-308T', '010594Y9032', '020516C903K'], {
      context: (v) => `henkilötunnus ${v}`,
    });
    for (const v of ['131052/308T', '012245A110G', '311190-1111']) assertNotReported(v, 'FI_PERSONAL_IDENTITY_CODE');
    // Text glued to the code (no space) is still found, with exact offsets.
    const t = 'My finnish id code is030594W903B.';
    const hits = reported(t, 'FI_PERSONAL_IDENTITY_CODE');
    assert.equal(t.slice(hits[0]!.start, hits[0]!.end), '030594W903B');
  });

  it('SE personnummer and organisationsnummer', () => {
    assertChecksum('SE_PERSONNUMMER', ['811218-9876', '19811218-9876', '198112189876'], {
      context: (v) => `personnummer ${v}`,
    });
    for (const v of ['200504422381', '19001309-2393']) assertNotReported(v, 'SE_PERSONNUMMER');
    assertChecksum('SE_ORGANISATIONSNUMMER', ['556703-7485', '2120000142'], { context: (v) => `orgnummer ${v}` });
  });

  it('DK CPR needs context; NO fødselsnummer has two check digits', () => {
    assertNeedsContext('DK_CPR', '010190-1235', 'CPR-nummer: 010190-1235', 'sag 010190-1235 lukket');
    // An impossible date is reported only right after the label, and as unchecked.
    assert.deepEqual(
      reported('CPR-nummer: 320190-1235', 'DK_CPR').map((h) => [h.validated === true, h.score]),
      [[false, 0.6]],
    );
    assertNotReported('CPR 2024: 320190-1235', 'DK_CPR');
    assertChecksum('NO_FODSELSNUMMER', ['01010101006'], { context: (v) => `fødselsnummer ${v}` });
    assert.ok(candidates('01010101016', 'NO_FODSELSNUMMER').length === 0);
    assert.ok(scoreOf('fødselsnummer 01010101006', '01010101006', 'NO_FODSELSNUMMER') > 0.9);
  });
});

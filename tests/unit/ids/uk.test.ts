import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertChecksum, assertNeedsContext, assertNotReported, assertReported, reported, scoreOf } from './helpers';

describe('UK recognizers', () => {
  it('NHS number: mod 11', () => {
    assertChecksum('UK_NHS', ['401 023 2137', '943 476 5919', '401-023-2137'], {
      context: (v) => `NHS number ${v}`,
    });
    // Written with dashes in a North American phone number's shape, it waits for a word.
    assertNeedsContext('UK_NHS', '943-476-5919', 'NHS number 943-476-5919', 'ticket 943-476-5919 closed');
  });

  it('NHS number: outside the issued ranges, only with a word for it', () => {
    // 0032698674 and 082 555 1234 pass the check, but no NHS number opens with 0 or 8, and neither is a
    // Scottish CHI number (a birth date first): a South African mobile number, most likely.
    assertNeedsContext('UK_NHS', '0032698674', 'NHS number 0032698674', 'ticket 0032698674 closed');
    assertNotReported('Contact: Sipho Dlamini | sipho@mweb.co.za | 082 555 1234 | Johannesburg', 'UK_NHS');
    // A CHI number: born 15 March 1972.
    assertReported('1503720012', 'UK_NHS');
  });

  it('UTR: its check digit, only near its names, and right after its label even when the check fails', () => {
    assertNeedsContext('UK_UTR', '2482917365', 'my UTR is 2482917365', 'call 2482917365 today');
    assert.equal(reported('Self Assessment reference 17301 94826 from HMRC', 'UK_UTR')[0]?.validated, true);
    // HMRC's own example, with the K its forms write after it (or before it).
    assert.deepEqual(
      reported('UTR: 2234567890K; my UTR is K2482917365', 'UK_UTR').map((c) => c.validated),
      [true, true],
    );
    // The check digit wrong: not near a context word alone, but right after its label (unchecked).
    assertNotReported('HMRC wrote about 3482917365', 'UK_UTR');
    assert.equal(scoreOf('UTR: 3482917365', '3482917365', 'UK_UTR'), 0.6);
  });

  it('NINO: prefix and suffix rules', () => {
    for (const v of ['AA 12 34 56 B', 'PR 12 36 12 C']) assertReported(v, 'UK_NINO');
    for (const v of [
      'AA 12 34 56 H',
      'BG 12 36 12 A',
      'NT 99 88 77 A',
      'UV 98 76 54 B',
      'DA 12 34 56 A',
      'AO 12 34 56 A',
    ])
      assertNotReported(`national insurance number ${v}`, 'UK_NINO');
    // The compact form is ambiguous alone but clear with context.
    assertNotReported('tw987654a', 'UK_NINO');
    assert.ok(scoreOf('my NI number: tw987654a', 'tw987654a', 'UK_NINO') >= 0.5);
  });

  it('driving licence: surname, encoded birth date, initials', () => {
    for (const v of ['MORGA607054SM9IJ', 'MORGA657054SM9IJ', 'SMITH802290AB1CD', 'morga607054sm9ij'])
      assertReported(v, 'UK_DRIVING_LICENCE', { validated: true });
    // Month 13 / 63, day 32, a letter after the 9 padding: not a licence.
    for (const v of ['MORGA613054SM9IJ', 'MORGA663054SM9IJ', 'MORGA607324SM9IJ', 'MO9GA607054SM9IJ'])
      assertNotReported(v, 'UK_DRIVING_LICENCE');
  });

  it('VAT registration number: mod 97, and the 9755 scheme of numbers issued since 2010', () => {
    assertChecksum('GB_VAT', ['GB980780684', 'GB 980 7806 84', 'GB980780684001'], {
      checkIndex: 10,
      context: (v) => `VAT reg no ${v}`,
    });
    // 9755: the weighted sum plus 55 is 0 mod 97.
    assertReported('GB434031439', 'GB_VAT', { validated: true });
    for (const v of ['GB980780685', 'GB000000000', '980780684']) assertNotReported(v, 'GB_VAT');
  });

  it('passport needs context', () => {
    assertNeedsContext('UK_PASSPORT', 'CD7654321', 'My passport number is CD7654321', 'ticket CD7654321 was closed');
  });

  it('vehicle registration: age identifier and letters, context required', () => {
    assertNeedsContext('UK_VEHICLE_REGISTRATION', 'AB51 ABC', 'My car reg is AB51 ABC', 'code AB51 ABC here');
    for (const v of ['IB51 ABC', 'AQ51 ABC', 'AB00 ABC', 'AB49 ABC', 'AB51 AIB', 'AB99 ABC'])
      assertNotReported(`car registration ${v}`, 'UK_VEHICLE_REGISTRATION');
    assertNeedsContext('UK_VEHICLE_REGISTRATION', 'A123 BCD', 'number plate A123 BCD', 'see A123 BCD');
    assertNotReported('registration ABC 123I', 'UK_VEHICLE_REGISTRATION');
    // Decades in prose are not plates.
    assertNotReported('cars of the 70s were registered', 'UK_VEHICLE_REGISTRATION');
  });
});

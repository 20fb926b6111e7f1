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
} from './helpers';

describe('US recognizers', () => {
  it('SSN: area, group and serial rules, every separator, context', () => {
    for (const v of ['536-22-1234', '078-05-1123', '078.05.1123', '078 05 1123']) assertReported(v, 'US_SSN');
    for (const v of [
      '000-12-3456',
      '666-12-3456',
      '912-34-5678',
      '536-00-1234',
      '536-22-0000',
      '111-11-1111',
      '536-22.1234',
    ])
      assertNotReported(v, 'US_SSN');
    // Bare nine digits are not reported without context; with it they are.
    assertNotReported('Order 536221234 shipped', 'US_SSN');
    assert.ok(scoreOf('My SSN is 536221234', '536221234', 'US_SSN') >= 0.6);
    assert.ok(
      scoreOf('social security number 536-22-1234', '536-22-1234', 'US_SSN') >
        scoreOf('536-22-1234', '536-22-1234', 'US_SSN'),
    );
  });

  it('EIN: an assigned prefix and its label', () => {
    assert.ok(scoreOf('Our EIN is 46-1937452.', '46-1937452', 'US_EIN') >= 0.6);
    assert.ok(scoreOf('Federal tax ID: 94-1081436', '94-1081436', 'US_EIN') >= 0.6);
    // No label, an unassigned prefix (07, 89) near a context word only, or a range of years: nothing.
    assertNotReported('Invoice 46-1937452 is paid.', 'US_EIN');
    assertNotReported('Federal tax ID 07-1937452, tax ID number 89-1937452', 'US_EIN');
    // Right after its own label such a value stands where the EIN goes: reported, as unchecked.
    assert.equal(scoreOf('EIN: 07-1937452', '07-1937452', 'US_EIN'), 0.6);
    assertNotReported('In 2023-2024 the EIN program changed.', 'US_EIN');
  });

  it('SSN: famous sample numbers only get a low score', () => {
    for (const v of ['078-05-1120', '123-45-6789']) {
      assert.equal(candidates(v, 'US_SSN').length, 1);
      assertNotReported(v, 'US_SSN');
    }
  });

  it('ITIN: 9xx with the valid group ranges', () => {
    for (const v of ['911-70-1234', '911-53-1234', '900-94-0000']) assertReported(v, 'US_ITIN');
    for (const v of ['911-89-1234', '911-49-1234', '811-70-1234']) assertNotReported(v, 'US_ITIN');
    assert.ok(scoreOf('my ITIN 911701234', '911701234', 'US_ITIN') >= 0.6);
    assertNotReported('911701234', 'US_ITIN');
  });

  it('ABA routing number: prefix and 3-7-1 checksum', () => {
    assertChecksum('ABA_ROUTING_NUMBER', ['121000358', '011000015', '0711-0130-7'], {
      context: (v) => `routing number ${v}`,
    });
    assertNotReported('421042111', 'ABA_ROUTING_NUMBER');
  });

  it('NPI: Luhn over 80840 + number', () => {
    assertChecksum('US_NPI', ['1234567893', '1245319599', '1234-567-893'], { context: (v) => `NPI: ${v}` });
    assertNotReported('0234567893', 'US_NPI');
  });

  it('MBI: alphabet and positions', () => {
    for (const v of ['1EG4-TE5-MK73', '1EG4TE5MK73', '1eg4-te5-mk73']) assertReported(v, 'US_MBI', { validated: true });
    for (const v of ['1SG4-TE5-MK73', '1EG4-LE5-MK73', 'AEG4-TE5-MK73', '1EG4TE5MK7', '1EG4TE5MK734'])
      assertNotReported(v, 'US_MBI');
  });

  it('DEA number: registrant letters and checksum', () => {
    assertChecksum('MEDICAL_LICENSE', ['AB1234563', 'BB1388568'], { context: (v) => `DEA number ${v}` });
    // A wrong check digit right after the label: reported, unchecked. Elsewhere: not.
    assert.deepEqual(
      reported('The DEA number is  BG8207031', 'MEDICAL_LICENSE').map((h) => [h.validated === true, h.score]),
      [[false, 0.6]],
    );
    assertNotReported('DEA number on file; code BG8207031', 'MEDICAL_LICENSE');
    assertNotReported('IB1234563', 'MEDICAL_LICENSE');
  });

  it('A-Number (USCIS): an A and 8 or 9 digits, or the digits alone, only where named', () => {
    assertNeedsContext(
      'US_A_NUMBER',
      'A214356879',
      'I-9: Alien Registration Number A214356879, start date 2024-06-03',
      'Send form A214356879 today',
    );
    assertNeedsContext('US_A_NUMBER', '214-356-879', 'A-Number: 214-356-879', 'batch 214-356-879 shipped');
    assertNotReported('USCIS # A12345678', 'US_A_NUMBER');
  });
  it("USCIS receipt number: a service centre's three letters and ten digits, on their own", () => {
    assert.deepEqual(
      reported("Sofia's visa (H-1B, receipt WAC2190012345) expires; case EAC2212345678 is pending", 'US_USCIS_RECEIPT')
        .length,
      2,
    );
    // Not another three letters, nor a sequence.
    assertNotReported('ABC2190012345 and WAC1234567890', 'US_USCIS_RECEIPT');
  });
  it('passport, driver license and bank account need context', () => {
    assertNeedsContext('US_PASSPORT', 'A12803456', 'my passport number is A12803456', 'the part A12803456 is in stock');
    assertNeedsContext('US_DRIVER_LICENSE', 'D4827391', "driver's license: D4827391", 'ticket D4827391 closed');
    // After the bare word, when letters open it.
    assertNeedsContext(
      'US_DRIVER_LICENSE',
      'D1234567',
      'cited driver Kevin Tran, license D1234567, on I-95',
      'the part D1234567 is in stock',
    );
    assert.deepEqual(reported('MIT license, release 2024.1, license key 1234567', 'US_DRIVER_LICENSE'), []);
    assertNeedsContext(
      'US_DRIVER_LICENSE',
      '2270-66-1551',
      "my driver's license number is 2270-66-1551",
      'invoice 2270-66-1551 paid',
    );
    // Florida writes its licence in groups ending in one digit.
    assertNeedsContext(
      'US_DRIVER_LICENSE',
      'W426-545-30-761-0',
      'Florida DL W426-545-30-761-0',
      'part W426-545-30-761-0',
    );
    assertNeedsContext('US_BANK_NUMBER', '945456787654', 'bank account 945456787654', 'we sold 945456787654 units');
    // Placeholder digit runs are not anybody's number.
    assertNotReported('Account: 1234567890 is not a credit card', 'US_BANK_NUMBER');
    assert.equal(reported('passport 000000000', 'US_PASSPORT').length, 0);
  });
});

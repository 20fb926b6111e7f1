import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertChecksum, assertNeedsContext, assertNotReported, assertReported, reported, scoreOf } from './helpers';

describe('Türkiye recognizers', () => {
  it('T.C. Kimlik No: both check digits', () => {
    assertChecksum('TR_NATIONAL_ID', ['10000000146', '76543210794', '36493665440'], {
      checkIndex: 9,
      context: (v) => `TC Kimlik No: ${v}`,
    });
    assertChecksum('TR_NATIONAL_ID', ['10000000146'], { context: (v) => `TCKN ${v}` });
    assertNotReported('00000000000', 'TR_NATIONAL_ID');
  });

  it('licence plate: province code, needs context', () => {
    assertNeedsContext('TR_LICENSE_PLATE', '34 ABC 1234', 'Araç plakası 34 ABC 1234 olarak', 'Saat 34 ABC 1234 idi');
    assertNotReported('plaka 82 ABC 123', 'TR_LICENSE_PLATE');
    assertNotReported('plaka 00 ABC 123', 'TR_LICENSE_PLATE');
  });
});

describe('Korean recognizers', () => {
  it('RRN / FRN: date, gender digit, checksum', () => {
    assertChecksum('KR_RRN', ['9601211021413', '0509122000019'], { context: (v) => `주민등록번호 ${v}` });
    assertChecksum('KR_FRN', ['9111245678906', '0509126000012'], { context: (v) => `외국인등록번호: ${v}` });
    for (const v of ['001332-1234567', '960121+1021413', '960303-0021413']) assertNotReported(v, 'KR_RRN');
    // Numbers issued since October 2020 have no check digit: the dashed form with a valid date
    // and gender digit is still reported (not as validated by checksum), the bare one is not.
    assertReported('960121-1234567', 'KR_RRN', { validated: false });
    assertReported('960121-1021413', 'KR_RRN', { validated: true });
    assertNotReported('9601211234567', 'KR_RRN');
  });

  it('BRN checksum, passport and driver license context', () => {
    assertChecksum('KR_BRN', ['104-86-56659', '1048656659'], { context: (v) => `사업자등록번호 ${v}` });
    assertNeedsContext('KR_PASSPORT', 'M123A4567', '여권번호는 M123A4567입니다', '모델 M123A4567 출시');
    assertNotReported('passport A123B4567', 'KR_PASSPORT');
    assertNeedsContext('KR_DRIVER_LICENSE', '11-22-123456-12', '운전면허번호 11-22-123456-12', '코드 11-22-123456-12');
    assertNotReported('운전면허 99-22-123456-12', 'KR_DRIVER_LICENSE');
  });
});

describe('Indian recognizers', () => {
  it('Aadhaar: Verhoeff, separators, not inside longer groups', () => {
    assertChecksum('IN_AADHAAR', ['312345678909', '3123 4567 8909', '3998-7654-3211'], {
      context: (v) => `Aadhaar ${v}`,
    });
    assertNotReported('123456789012', 'IN_AADHAAR');
    // Four-digit groups of a longer number (an IBAN, a card) are not an Aadhaar.
    assertNotReported('DE89 2121 1009 0000 0000 00', 'IN_AADHAAR');
  });

  it('GSTIN check character; PAN, passport, voter ID and vehicle need context', () => {
    assertChecksum('IN_GSTIN', ['27AAPFU0939F1ZV', '29AAGCB7383J1Z4'], { context: (v) => `GSTIN ${v}` });
    assertNotReported('27ABCDE1234F1Z5', 'IN_GSTIN');
    assertNeedsContext('IN_PAN', 'ABCPD1234Z', 'My PAN number is ABCPD1234Z', 'SKU ABCPD1234Z ready');
    assertNotReported('PAN abcpd1234z', 'IN_PAN');
    assertNeedsContext('IN_PASSPORT', 'T3569075', 'passport number: T3569075', 'room T3569075');
    assertNeedsContext('IN_VOTER', 'DBJ2289013', 'my voter ID: DBJ2289013', 'batch DBJ2289013');
    assertNeedsContext('IN_VEHICLE_REGISTRATION', 'KA53ME3456', 'registration number is KA53ME3456', 'code KA53ME3456');
    // A bank branch's IFSC travels with an account number.
    assertNeedsContext('IN_IFSC', 'HDFC0000240', 'a/c 50100234567891, IFSC HDFC0000240.', 'branch HDFC0000240 open');
  });
});

describe('Singapore, Thai and Philippine recognizers', () => {
  it('NRIC/FIN and UEN check letters', () => {
    assertChecksum('SG_NRIC_FIN', ['S1234567D', 'S2740116C', 'F2346401L', 'M4332674T'], {
      context: (v) => `NRIC ${v}`,
    });
    assertChecksum('SG_UEN', ['53125226D', '201434292D', 'T16RF0037C', 'S57TU0392K'], { context: (v) => `UEN ${v}` });
  });

  it('HKID: check digit over the letters and digits, brackets or context', () => {
    // A one-letter card counts a blank (36) for its missing first letter; a check of 10 is written A.
    assertChecksum('HK_ID', ['A123456(3)', 'G123456(A)', 'AB123456(9)'], { context: (v) => `HKID ${v}` });
    // Without its brackets the value is a common shape: reported only near its name.
    assertNeedsContext('HK_ID', 'A1234563', 'Hong Kong ID card: A1234563', 'Order A1234563 shipped on Monday');
  });

  it('TNIN: province code and mod 11', () => {
    assertChecksum('TH_TNIN', ['1234567890121', '3456789012347', '1-2345-67890-12-1'], {
      context: (v) => `เลขประจำตัวประชาชน ${v}`,
    });
    for (const v of ['0234567890124', '1284567890124', '1111111111111']) assertNotReported(v, 'TH_TNIN');
  });

  it('PH TIN: check digit, branch code, context for the short form', () => {
    assertReported('000-123-456-000', 'PH_TIN', { validated: true });
    assertNotReported('000-123-457-000', 'PH_TIN');
    assertNotReported('600-000-000', 'PH_TIN');
    assertNotReported('000123456', 'PH_TIN');
    assert.ok(scoreOf('TIN: 000123456', '000123456', 'PH_TIN') >= 0.6);
    assert.equal(reported('Not a TIN 123456789', 'PH_TIN').length, 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from '../../../electron/services/redaction/engine';
import { ID_RECOGNIZERS, idRecognizer, nearContext, TIER } from '../../../electron/services/redaction/patterns/ids';
import { iso7064Mod11_10, luhn, verhoeff } from '../../../electron/services/redaction/patterns/ids/checksums';
import { reported } from './helpers';
import { seeded } from '../support/random';

describe('ID recognizer set', () => {
  it('has unique names, one type, and covers the required kinds', () => {
    const names = ID_RECOGNIZERS.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of ID_RECOGNIZERS) assert.deepEqual(r.types, ['ID_NUMBER']);
    const subtypes = new Set(names.map((n) => n.split(':')[1]));
    for (const s of ['US_SSN', 'UK_NHS', 'DE_TAX_ID', 'PL_PESEL', 'FI_PERSONAL_IDENTITY_CODE', 'KR_RRN', 'IN_AADHAAR'])
      assert.ok(subtypes.has(s), s);
    assert.ok(subtypes.size >= 60, `only ${subtypes.size} subtypes`);
  });

  it('keeps exact UTF-16 offsets after emoji, combining marks and other scripts', () => {
    const prefixes = ['👩‍👩‍👧 ', 'e\u0301e\u0301 ', '𝒳𝒴 ', 'Ünïcödé – ', '住所: ', '\u200b'];
    const values: [string, string][] = [
      ['US_SSN', '536-22-1234'],
      ['UK_NHS', '943 476 5919'],
      ['ES_NIE', 'X9613851N'],
      ['FI_PERSONAL_IDENTITY_CODE', '131052-308T'],
      ['IN_AADHAAR', '3123 4567 8909'],
      ['SG_NRIC_FIN', 'S1234567D'],
    ];
    for (const p of prefixes)
      for (const [subtype, v] of values) {
        const text = `${p}${v} 🎉`;
        const hits = reported(text, subtype);
        assert.equal(hits.length, 1, `${subtype} in ${JSON.stringify(text)}`);
        assert.equal(hits[0]!.start, p.length);
        assert.equal(text.slice(hits[0]!.start, hits[0]!.end), v);
      }
  });

  it('finds values next to letters of unspaced scripts, and their context words', () => {
    const t = '여권번호는M789C1234입니다';
    const hits = reported(t, 'KR_PASSPORT');
    assert.equal(hits.length, 1);
    assert.equal(t.slice(hits[0]!.start, hits[0]!.end), 'M789C1234');
    assert.ok(nearContext('เลขบัตรประชาชน1234567890121', 14, 27, ['บัตรประชาชน'], 48));
    // Latin context words must stand alone: "dl" inside "handle" is none, nor "pass" in "passage".
    assert.ok(!nearContext('handle 123456789', 7, 16, ['dl'], 48));
    assert.ok(!nearContext('passage 123456789', 8, 17, ['pass'], 48));
    // Their plurals name the same things.
    assert.ok(nearContext('Passports: AB1234567', 11, 20, ['passport'], 48));
    assert.ok(nearContext('driver licenses 123456789', 16, 25, ['driver license'], 48));
    assert.ok(nearContext('addresses 123456789', 10, 19, ['address'], 48));
    const both = 'Passports: AB1234567 and XY9876543';
    // Several countries' passports have this shape; each reads the plural as its context.
    const found = ID_RECOGNIZERS.flatMap((r) => r.detect(both)).filter((c) => c.score >= 0.5);
    assert.deepEqual([...new Set(found.map((c) => both.slice(c.start, c.end)))].sort(), ['AB1234567', 'XY9876543']);
  });

  it('never reports a piece of a longer alphanumeric run', () => {
    for (const t of ['X536-22-1234', '536-22-12345', '1536-22-1234', '536-22-1234-7', 'ID9434765919Z', 'a/123456789'])
      assert.deepEqual(
        ID_RECOGNIZERS.flatMap((r) => r.detect(t)).filter((c) => c.score >= 0.5 && c.subtype === 'US_SSN'),
        [],
        t,
      );
  });

  it('never throws and stays linear on hostile input', () => {
    const inputs = [
      '',
      '\ud800\udc00\ud800',
      '\udfff'.repeat(1000),
      '9'.repeat(200_000),
      '1-'.repeat(100_000),
      '12 '.repeat(100_000),
      'A1'.repeat(100_000),
      'AB12 '.repeat(50_000),
      '000-00-0000 '.repeat(20_000),
    ];
    const rand = seeded(7);
    const alphabet = '0123456789ABCXYZ -./:+\u00e9😀\n';
    for (let k = 0; k < 50; k++) {
      let s = '';
      for (let i = 0; i < 2000; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      inputs.push(s);
    }
    for (const text of inputs)
      for (const r of ID_RECOGNIZERS) {
        const out = r.detect(text);
        for (const c of out) {
          assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
          assert.ok(c.score >= 0 && c.score <= 1);
        }
      }
  });

  it('factory: a validator that throws rejects the match instead of failing detection', () => {
    const r = idRecognizer({
      subtype: 'TEST',
      pattern: '[0-9]{4}',
      validate: () => {
        throw new Error('boom');
      },
      context: [],
    });
    assert.deepEqual(r.detect('1234'), []);
    const ok = idRecognizer({ subtype: 'TEST', pattern: '[0-9]{4}', validate: () => TIER.shape, context: ['code'] });
    assert.equal(ok.detect('1234')[0]!.score, TIER.shape.score);
    assert.ok(ok.detect('code 1234')[0]!.score >= 0.6);
  });

  it('check-digit primitives', () => {
    assert.ok(luhn('4111111111111111') && !luhn('4111111111111112'));
    assert.ok(verhoeff('2363') && !verhoeff('2364'));
    assert.ok(iso7064Mod11_10('86095742719') && !iso7064Mod11_10('86095742718'));
  });
});

describe('ID recognizers in the engine', () => {
  it('redacts IDs in prose, leaves ordinary numbers alone', async () => {
    const detector = new Detector({ recognizers: ID_RECOGNIZERS });
    const text =
      'Patient NHS 943 476 5919, SSN 536-22-1234, Steuer-ID 86095742719. We shipped 125 boxes on 12.03.2024, order 48213.';
    const res = await detector.detect(text, { ner: false, injection: false });
    assert.deepEqual(
      res.entities.map((e) => [e.text, e.subtype]),
      [
        ['943 476 5919', 'UK_NHS'],
        ['536-22-1234', 'US_SSN'],
        ['86095742719', 'DE_TAX_ID'],
      ],
    );
    const { redacted } = await detector.redact(text, { ner: false, injection: false });
    assert.ok(!redacted.includes('5919') && !redacted.includes('1234') && !redacted.includes('86095742719'));
    await detector.dispose();
  });
});

describe('collisions with card numbers', () => {
  it('caps an ID reading of a Luhn-valid card-like number unless context says it is an ID', async () => {
    // 4934106496652 is a 13-digit Visa-style number that also passes the Thai ID check.
    const bare = ID_RECOGNIZERS.flatMap((r) => r.detect('4934106496652'));
    assert.ok(bare.length > 0 && bare.every((c) => c.score <= 0.6));
    const ctx = ID_RECOGNIZERS.flatMap((r) => r.detect('Thai ID 4934106496652')).filter((c) => c.subtype === 'TH_TNIN');
    assert.ok(ctx[0]!.score > 0.9);
  });
});

describe('phone numbers that pass an ID checksum', () => {
  // 212 555 0199 passes the UK NHS mod-11 check, as about 1 in 10 ten-digit numbers do.
  const detector = new Detector({ modelDir: null });
  const typeOf = async (text: string, value: string) =>
    (await detector.detect(text, { ner: false, injection: false })).entities.find((e) => e.text.includes(value));

  it('stay phones when a phone word names them, extension included', async () => {
    const cases: [string, string][] = [
      ['Phone: 212-555-0199', '212-555-0199'],
      ['call 212 555 0199 now', '212 555 0199'],
      ['Phone: 212-555-0199 ext. 42, or fax', '212-555-0199 ext. 42'],
      ['Emergency contact: Maria Rossi, mother, 333 123 4567.', '333 123 4567'],
      // A New York number in North America's dashes: NHS numbers are printed with spaces.
      ['my bf keeps texting my old number 917-555-0148 can u help', '917-555-0148'],
      // Polish "at the number" and "call" name a phone (512 345 678 passes Australia's TFN check).
      ['Pani Wróbel prosi o kontakt pod numerem 512 345 678 lub mailowo.', '512 345 678'],
      ['Proszę zadzwonić: 512 345 678', '512 345 678'],
    ];
    for (const [text, value] of cases) {
      const e = await typeOf(text, value.slice(0, 12));
      assert.equal(e?.type, 'PHONE', text);
      assert.equal(e?.text, value, text);
    }
  });

  it('are IDs when the ID is named', async () => {
    for (const value of ['943 476 5919', '943-476-5919']) {
      const e = await typeOf(`NHS number ${value}`, value);
      assert.equal(e?.type, 'ID_NUMBER');
      assert.equal(e?.subtype, 'UK_NHS');
    }
  });
});

describe('passport numbers of any country', () => {
  const detector = new Detector({ modelDir: null });
  const ids = async (text: string) =>
    (await detector.detect(text, { ner: false, injection: false })).entities
      .filter((e) => e.type === 'ID_NUMBER')
      .map((e) => e.text);

  it('are reported when named as passports, in several languages', async () => {
    assert.deepEqual(await ids('My passport number is X1234567 and it expires on 2030-01-31.'), ['X1234567']);
    assert.deepEqual(await ids('Pasaporte: AB1234567'), ['AB1234567']);
    assert.deepEqual(await ids('Reisepass C01X00T47 (Deutschland), Passeport n° 84920517'), ['C01X00T47', '84920517']);
  });

  it('are not reported without the word, nor when too short', async () => {
    assert.deepEqual(await ids('Ticket X1234567 is closed.'), []);
    assert.deepEqual(await ids('my passport number is T356907'), []);
  });
});

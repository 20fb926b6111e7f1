// The machine-readable zone of travel documents (ICAO 9303): its name, number and dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from '../../../electron/services/redaction/engine';
import { MRZ_RECOGNIZER } from '../../../electron/services/redaction/patterns/mrz';

const found = (text: string) =>
  MRZ_RECOGNIZER.detect(text).map((c) => [c.type, text.slice(c.start, c.end), c.score, c.validated === true]);

// ICAO 9303's own specimens (Part 4, 5 and 6).
const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const TD2 = 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6';
const TD1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';

describe('machine-readable zones', () => {
  it("takes a passport's, a card's and a visa's holder and data lines, their check digits passing", () => {
    assert.deepEqual(found(TD3), [
      ['PERSON', 'ERIKSSON<<ANNA<MARIA', 0.95, false],
      ['ID_NUMBER', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10', 0.95, true],
    ]);
    assert.deepEqual(found(TD2), [
      ['PERSON', 'ERIKSSON<<ANNA<MARIA', 0.95, false],
      ['ID_NUMBER', 'D231458907UTO7408122F1204159<<<<<<<6', 0.95, true],
    ]);
    assert.deepEqual(found(`Scan of the card:\r\n${TD1.replace(/\n/g, '\r\n')}\r\nthanks`), [
      ['ID_NUMBER', 'D231458907', 0.95, true],
      ['ID_NUMBER', '7408122F1204159UTO<<<<<<<<<<<6', 0.95, true],
      ['PERSON', 'ERIKSSON<<ANNA<MARIA', 0.95, false],
    ]);
  });

  it('reports a zone whose check digits fail lower, and nothing that only looks like one line of it', () => {
    // Every check digit changed: the shape is still a passport's.
    const mistyped = TD3.replace('L898902C36', 'L898902C35')
      .replace('7408122F', '7408123F')
      .replace('1204159Z', '1204158Z');
    assert.deepEqual(
      found(mistyped).map((c) => c[2]),
      [0.7, 0.7],
    );
    // One line alone, lines of different lengths, a log's row of '<'.
    assert.deepEqual(found(TD3.split('\n')[0]!), []);
    assert.deepEqual(found(`${TD3.split('\n')[0]}\nL898902C36UTO7408122F1204159`), []);
    assert.deepEqual(
      found('<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<'),
      [],
    );
  });

  it('is redacted whole by the engine', async () => {
    const text = `Passport scan:\n${TD3}\nPlease check the expiry.`;
    const entities = (await new Detector({ modelDir: null }).detect(text, { ner: false })).entities;
    assert.deepEqual(
      entities.map((e) => [e.type, e.text]),
      [
        ['PERSON', 'ERIKSSON<<ANNA<MARIA'],
        ['ID_NUMBER', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
      ],
    );
  });
});

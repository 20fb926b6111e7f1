import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from '../../../electron/services/redaction/engine';

// The built-in recognizers (with these rule-based ones) through the real engine, without the model.
describe('location and name rules inside the engine', () => {
  it('redacts a letter with an address, a postcode and names', async () => {
    const detector = new Detector({ modelDir: '/nonexistent/model' });
    const text =
      'Dear Ms. Okafor,\nplease send the contract to Hauptstraße 5, 10115 Berlin.\n\nKind regards,\nTeodora Vlasceanu';
    const { redacted, entities } = await detector.redact(text, { ner: false, injection: false });
    for (const secret of ['Okafor', 'Hauptstraße 5', '10115 Berlin', 'Teodora Vlasceanu']) {
      assert.ok(!redacted.includes(secret), `${secret} leaked: ${redacted}`);
    }
    assert.deepEqual(
      entities.map((e) => [e.type, e.text]),
      [
        ['PERSON', 'Okafor'],
        ['LOCATION', 'Hauptstraße 5, 10115 Berlin'],
        ['PERSON', 'Teodora Vlasceanu'],
      ],
    );
  });

  it('leaves ordinary text alone', async () => {
    const detector = new Detector({ modelDir: '/nonexistent/model' });
    const text = 'May I ask for 3 copies of the 2019 report by Friday? The Team will review Chapter 12.';
    const r = await detector.detect(text, { ner: false, injection: false });
    assert.deepEqual(r.entities, []);
  });
});

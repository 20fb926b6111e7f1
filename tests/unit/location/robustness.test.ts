import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCATION_RECOGNIZERS } from '../../../electron/services/redaction/location';
import { NAME_RECOGNIZERS } from '../../../electron/services/redaction/names';

const ALL = [...LOCATION_RECOGNIZERS, ...NAME_RECOGNIZERS];

describe('location and name recognizers on hostile input', () => {
  const inputs = [
    '',
    ' ',
    '\n\n\n',
    '\uD800 lone high surrogate then Mr. \uDC00',
    'Mr.',
    'Dear',
    '12',
    '12 Main',
    'Regards,\n',
    'the corner of',
    'ZIP:',
    'x'.repeat(100_000),
    'Aa '.repeat(50_000),
    '1 '.repeat(50_000),
    'Mr. '.repeat(20_000),
    '12 Main Street\n'.repeat(5_000),
    ', , , , \n'.repeat(10_000),
    '\u0000\u0001\u202e\u200b Anna Berg \uFEFF',
    '王'.repeat(50_000) + ' a',
    'a '.repeat(50_000) + '王伟 محمد العلي',
    'محمد '.repeat(20_000),
  ];

  it('never throw and return well-formed candidates', () => {
    for (const text of inputs) {
      for (const r of ALL) {
        const out = r.detect(text);
        for (const c of out) {
          assert.ok(
            c.start >= 0 && c.end <= text.length && c.start < c.end,
            `${r.name}: bad span on ${JSON.stringify(text.slice(0, 20))}`,
          );
          assert.ok(c.score > 0 && c.score <= 1, `${r.name}: score ${c.score}`);
          assert.ok(r.types.includes(c.type), `${r.name}: type ${c.type}`);
          assert.equal(c.source, 'pattern');
        }
      }
    }
  });

  it('declare their types and stable names', () => {
    assert.deepEqual(
      ALL.map((r) => r.name),
      ['street-address', 'postcode', 'place-names', 'gps-coordinates', 'person-context', 'org-context', 'script-names'],
    );
    // The street rule also reports the person an address label names before the street.
    for (const r of LOCATION_RECOGNIZERS)
      assert.deepEqual(r.types, r.name === 'street-address' ? ['LOCATION', 'PERSON'] : ['LOCATION']);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlaceholderMap } from '../../../shared/placeholders';
import { Restorer, restoreText } from '../../../electron/services/restore';

const map: PlaceholderMap = {
  '[[PERSON_1]]': { placeholder: '[[PERSON_1]]', type: 'PERSON', original: 'Alice Smith' },
  '[[PERSON_12]]': { placeholder: '[[PERSON_12]]', type: 'PERSON', original: 'Bob Jones' },
  '[[EMAIL_1]]': { placeholder: '[[EMAIL_1]]', type: 'EMAIL', original: 'alice@example.com' },
  '[[CREDIT_CARD_2]]': { placeholder: '[[CREDIT_CARD_2]]', type: 'CREDIT_CARD', original: '4111 1111 1111 1111' },
};

function streamed(text: string, cuts: number[]): { out: string; r: Restorer } {
  const r = new Restorer(map);
  let out = '';
  let prev = 0;
  for (const c of [...cuts, text.length]) {
    out += r.push(text.slice(prev, c));
    prev = c;
  }
  out += r.flush();
  return { out, r };
}

describe('Restorer', () => {
  test('restores exact placeholders and reports them', () => {
    const { text, report } = restoreText('Dear [[PERSON_1]], [[PERSON_12]] wrote to [[EMAIL_1]].', map);
    assert.equal(text, 'Dear Alice Smith, Bob Jones wrote to alice@example.com.');
    assert.deepEqual(
      report.restored.map((r) => [r.placeholder, r.count, r.forms]),
      [
        ['[[PERSON_1]]', 1, ['exact']],
        ['[[PERSON_12]]', 1, ['exact']],
        ['[[EMAIL_1]]', 1, ['exact']],
      ],
    );
    assert.deepEqual(report.unrestored, []);
  });

  test('every way of splitting the answer into two or three chunks gives the same result', () => {
    const text = 'Hi [[PERSON_1]]! [[PERSON_12]], [[credit_card_2]] and &#91;&#91;EMAIL_1&#93;&#93;; PERSON_1.';
    const expected = 'Hi Alice Smith! Bob Jones, 4111 1111 1111 1111 and alice@example.com; Alice Smith.';
    assert.equal(restoreText(text, map).text, expected);
    for (let i = 0; i <= text.length; i++) {
      assert.equal(streamed(text, [i]).out, expected, `cut at ${i}`);
      for (let j = i; j <= text.length; j += 3) assert.equal(streamed(text, [i, j]).out, expected, `cuts ${i},${j}`);
    }
    const oneByOne = streamed(text, [...Array(text.length).keys()].slice(1));
    assert.equal(oneByOne.out, expected);
  });

  test('holds back only a suffix that can still become a known placeholder', () => {
    const r = new Restorer(map);
    assert.equal(r.push('I help'), 'I help'); // "p" after a letter can't start a bare placeholder
    assert.equal(r.held, 0);
    assert.equal(r.push(' you, [[PER'), ' you, ');
    assert.equal(r.held, 5);
    assert.equal(r.push('SON_1'), ''); // could still be [[PERSON_12]]
    assert.equal(r.push(']]'), 'Alice Smith');
    assert.equal(r.push(' and [[PERSON_9'), ' and [[PERSON_9'); // no known placeholder starts like that
    assert.equal(r.held, 0);
    assert.equal(r.push(' x ['), ' x ');
    assert.equal(r.flush(), '[');
  });

  test('restores placeholders the model changed slightly and says how', () => {
    const { text, report } = restoreText(
      'A [[person_1]] B [PERSON_12] C EMAIL_1 D {{PERSON_1}} E \\[\\[EMAIL_1\\]\\] F %5B%5BPERSON_12%5D%5D G [[PERSON_1]',
      map,
    );
    assert.equal(
      text,
      'A Alice Smith B Bob Jones C alice@example.com D Alice Smith E alice@example.com F Bob Jones G Alice Smith',
    );
    const forms = Object.fromEntries(report.restored.map((r) => [r.placeholder, r.forms]));
    assert.deepEqual(forms['[[PERSON_1]]'], ['case', 'brackets']);
    assert.deepEqual(forms['[[PERSON_12]]'], ['brackets', 'escaped']);
    assert.deepEqual(forms['[[EMAIL_1]]'], ['brackets', 'escaped']);
  });

  test('HTML-escaped placeholders are restored', () => {
    assert.equal(
      restoreText('<p>&lbrack;&lbrack;PERSON_1&rbrack;&rbrack; &#x5b;&#x5b;EMAIL_1&#x5d;&#x5d;</p>', map).text,
      '<p>Alice Smith alice@example.com</p>',
    );
  });

  test('unknown placeholders are left as they are and reported, even when split', () => {
    const { out, r } = streamed('See [[PERSON_7]] and [[PHONE_1]] and [[PERSON_1]].', [6, 9, 24, 26]);
    assert.equal(out, 'See [[PERSON_7]] and [[PHONE_1]] and Alice Smith.');
    assert.deepEqual(
      r.report().unrestored.map((u) => u.text),
      ['[[PERSON_7]]', '[[PHONE_1]]'],
    );
  });

  test('does not touch look-alikes inside words or longer numbers', () => {
    assert.equal(restoreText('XPERSON_1 PERSON_10 PERSON_1', map).text, 'XPERSON_1 PERSON_10 Alice Smith');
  });

  test('an empty map passes text through without holding anything', () => {
    const r = new Restorer({});
    assert.equal(r.push('[[PERSON_1'), '[[PERSON_1');
    assert.equal(r.flush(), '');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finalizeSpans } from '../../../electron/services/redaction/ner/aggregate';
import {
  joinNameParticles,
  takeNativeScriptNames,
  takeNicknamedSurnames,
  takeWillBeforeSurnames,
  widenOrgEdges,
} from '../../../electron/services/redaction/span-edges';
import type { Candidate } from '../../../electron/services/redaction/types';

const span = (text: string, value: string, type: 'ORG' | 'PERSON' = 'ORG') => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, type, scores: [0.9] };
};

describe('model spans across a sentence end', () => {
  it('are split into the mentions they ran together', () => {
    const text = 'She works in Nicosia. Then Acme Inc. hired her.';
    const out = finalizeSpans(text, [span(text, 'Nicosia. Then Acme Inc.')]).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(out, ['Nicosia', 'Acme Inc.']);
  });
  it('keep initials and abbreviations whole', () => {
    const text = 'We met J. R. Smith and Acme Inc. Group yesterday.';
    const out = finalizeSpans(text, [span(text, 'J. R. Smith', 'PERSON'), span(text, 'Acme Inc. Group')]).map((c) =>
      text.slice(c.start, c.end),
    );
    assert.deepEqual(out, ['J. R. Smith', 'Acme Inc. Group']);
  });
  it('end at an emoji, with the hashtag after it', () => {
    const text = 'at the gig in Sheffield 😍🎸 #bestnightever';
    const out = finalizeSpans(text, [span(text, 'Sheffield 😍🎸 #bestnightever')]).map((c) =>
      text.slice(c.start, c.end),
    );
    assert.deepEqual(out, ['Sheffield']);
  });
});

describe('organisation edges', () => {
  const org = (text: string, value: string): Candidate => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, type: 'ORG', score: 0.9, source: 'ner' };
  };
  it('take in a capitalised "The" and the dot of a legal abbreviation', () => {
    const text = 'During 1984, The Vanguard Group sold shares to Smith Ltd. last year.';
    const out = widenOrgEdges(text, [org(text, 'Vanguard Group'), org(text, 'Smith Ltd')]);
    assert.deepEqual(
      out.map((c) => text.slice(c.start, c.end)),
      ['The Vanguard Group', 'Smith Ltd.'],
    );
  });
  it('leave other words and sentence dots alone', () => {
    const text = 'Bathe Vanguard Group staff. We like Acme Group.';
    const out = widenOrgEdges(text, [org(text, 'Vanguard Group'), org(text, 'Acme Group')]);
    assert.deepEqual(
      out.map((c) => text.slice(c.start, c.end)),
      ['Vanguard Group', 'Acme Group'],
    );
  });
});

describe('names with particles', () => {
  const cand = (text: string, value: string, type: 'PERSON' | 'LOCATION' = 'PERSON', from = 0): Candidate => {
    const start = text.indexOf(value, from);
    return { start, end: start + value.length, type, score: 0.8, source: 'ner' };
  };
  it('join the two halves a model leaves around "de la" or "van der" into one name', () => {
    const text = 'cc Maria de la Cruz (maria@example.es) and Pieter van der Berg.';
    const out = joinNameParticles(text, [
      cand(text, 'Maria'),
      cand(text, 'Cruz'),
      cand(text, 'Pieter'),
      cand(text, 'Berg'),
    ]);
    assert.deepEqual(
      out.map((c) => text.slice(c.start, c.end)),
      ['Maria de la Cruz', 'Pieter van der Berg'],
    );
  });
  it('take the given name and particles before a surname the model found alone, not a word or a place', () => {
    const text = 'Maika van de Noort\nEmployment manager; the Museum van de Noord; Paris de la Fontaine';
    const out = joinNameParticles(text, [cand(text, 'Noort'), cand(text, 'Noord'), cand(text, 'Fontaine')]);
    assert.deepEqual(
      out.map((c) => text.slice(c.start, c.end)),
      ['Maika van de Noort', 'Noord', 'Fontaine'],
    );
  });
  it('take a Spanish second surname after "y" that the model read as a place, not a known place', () => {
    const text = 'patient José María de la Cruz y Ortega; Pedro Sánchez y Madrid; Ana y Vega';
    const out = joinNameParticles(text, [
      cand(text, 'José María de la Cruz'),
      cand(text, 'y Ortega', 'LOCATION'),
      cand(text, 'Pedro Sánchez'),
      cand(text, 'Madrid', 'LOCATION'),
      cand(text, 'Ana'),
      cand(text, 'Vega', 'LOCATION'),
    ]);
    assert.deepEqual(
      out.map((c) => `${c.type}:${text.slice(c.start, c.end)}`),
      // A place stays one; a one-word name before "y" is as likely two people's or a list.
      [
        'PERSON:José María de la Cruz y Ortega',
        'PERSON:Pedro Sánchez',
        'LOCATION:Madrid',
        'PERSON:Ana',
        'LOCATION:Vega',
      ],
    );
  });
  it('take the second half of a double-barrelled surname the model read as a place', () => {
    const text = 'chair: Elizabeth Warren-Hayes; Anna Berg-Oslo Office; Marie Curie - Paris';
    const out = joinNameParticles(text, [
      cand(text, 'Elizabeth Warren-'),
      cand(text, 'Hayes', 'LOCATION'),
      cand(text, 'Anna Berg'),
      cand(text, 'Oslo Office', 'LOCATION'),
      cand(text, 'Marie Curie'),
      cand(text, 'Paris', 'LOCATION'),
    ]);
    assert.deepEqual(
      out.map((c) => `${c.type}:${text.slice(c.start, c.end)}`),
      // Only one capitalised word glued to the hyphen.
      [
        'PERSON:Elizabeth Warren-Hayes',
        'PERSON:Anna Berg',
        'LOCATION:Oslo Office',
        'PERSON:Marie Curie',
        'LOCATION:Paris',
      ],
    );
  });
  it('leave names apart across other words, punctuation or another type', () => {
    const text = 'Maria and Cruz; Anna, de la Vega; Paris de la Seine';
    const out = joinNameParticles(text, [
      cand(text, 'Maria'),
      cand(text, 'Cruz'),
      cand(text, 'Anna'),
      cand(text, 'Vega'),
      cand(text, 'Paris', 'LOCATION'),
      cand(text, 'Seine'),
    ]);
    assert.equal(out.length, 6);
  });
});

describe('a nickname inside a name', () => {
  const cand = (text: string, value: string, type: Candidate['type'] = 'PERSON'): Candidate => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, type, score: 0.8, source: 'pattern' };
  };
  const names = (text: string, cands: Candidate[]) =>
    takeNicknamedSurnames(text, cands).map((c) => text.slice(c.start, c.end));

  it('takes the quoted nickname and the surname after it into the name', () => {
    const text = `Robert 'Bobby' Kline, William "Bill" Turner and John 'Jack' O'Neil met.`;
    assert.deepEqual(
      names(text, [cand(text, "Robert 'Bobby"), cand(text, 'William'), cand(text, 'John'), cand(text, "O'Neil")]),
      ["Robert 'Bobby' Kline", 'William "Bill" Turner', "John 'Jack' O'Neil"],
    );
  });
  it('takes a nickname in brackets and the surname after it into the name', () => {
    const text = 'Hi, I am Ana (Nina) Costa; the CFO is Robert (Bob) Kline (Finance), not Jo (HR) Lee.';
    assert.deepEqual(names(text, [cand(text, 'Ana'), cand(text, 'Nina'), cand(text, 'Robert'), cand(text, 'Jo')]), [
      'Ana (Nina) Costa',
      'Robert (Bob) Kline',
      'Jo',
    ]);
  });
  it('leaves a quotation, a lower-case word or another entity after a name alone', () => {
    const text = "Ask Maria 'the boss' about it; Anna 'Annie' Berlin (a place).";
    assert.deepEqual(names(text, [cand(text, 'Maria'), cand(text, 'Anna'), cand(text, 'Berlin', 'LOCATION')]), [
      'Maria',
      'Anna',
      'Berlin',
    ]);
  });
});

describe('"Will" before a surname', () => {
  const cand = (text: string, value: string, type: Candidate['type'] = 'PERSON'): Candidate => {
    const start = text.lastIndexOf(value);
    return { start, end: start + value.length, type, score: 0.9, source: 'ner' };
  };
  const names = (text: string, values: string[], type: Candidate['type'] = 'PERSON') =>
    takeWillBeforeSurnames(
      text,
      values.map((v) => cand(text, v, type)),
    ).map((c) => text.slice(c.start, c.end));

  it('is the given name of the person after it', () => {
    assert.deepEqual(names('I spoke with Will Turner and Ana.', ['Turner', 'Ana']), ['Will Turner', 'Ana']);
    assert.deepEqual(names('Will Smith starred in it.', ['Smith']), ['Will Smith']);
    assert.deepEqual(names('Can you call Will Hughes?', ['Hughes']), ['Will Hughes']);
  });
  it('is the verb when it opens a question, and nothing before anything but a person', () => {
    assert.deepEqual(names('Will Turner call me back?', ['Turner']), ['Turner']);
    assert.deepEqual(names('See also [ Will Ana Costa win ?', ['Ana Costa']), ['Ana Costa']);
    assert.deepEqual(names('Will Acme ship it.', ['Acme'], 'ORG'), ['Acme']);
    assert.deepEqual(names('Goodwill Turner and will Turner', ['Turner']), ['Turner']);
    assert.deepEqual(names('Goodwill Turner', ['Turner']), ['Turner']);
  });
});

describe('a name written again in its own script', () => {
  const cand = (text: string, value: string, type: Candidate['type'] = 'PERSON'): Candidate => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, type, score: 0.9, source: 'pattern' };
  };
  const found = (text: string, values: [string, Candidate['type']][]) =>
    takeNativeScriptNames(
      text,
      values.map(([v, t]) => cand(text, v, t)),
    ).map((c) => [text.slice(c.start, c.end), c.type]);

  it('is a person in brackets after the name or before it, whatever was found in it', () => {
    assert.deepEqual(
      found('Mrs. Yuki Yamada (山田 由紀) called from 03-1234-5678', [
        ['Yuki Yamada', 'PERSON'],
        ['由紀', 'LOCATION'],
        ['03-1234-5678', 'PHONE'],
      ]),
      [
        ['Yuki Yamada', 'PERSON'],
        ['山田 由紀', 'PERSON'],
        ['03-1234-5678', 'PHONE'],
      ],
    );
    assert.deepEqual(
      found('김민준 (Kim Min-jun), phone', [
        ['김민준', 'LOCATION'],
        ['Kim Min-jun', 'PERSON'],
      ]),
      [
        ['김민준', 'PERSON'],
        ['Kim Min-jun', 'PERSON'],
      ],
    );
  });
  it('is nothing after a firm or a place, nor a long run', () => {
    assert.deepEqual(found('Sony Group (ソニーグループ) reported', [['Sony Group', 'ORG']]), [['Sony Group', 'ORG']]);
    assert.deepEqual(found('Wang Wei (上海浦东新区人民政府) said', [['Wang Wei', 'PERSON']]), [['Wang Wei', 'PERSON']]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DetectionError, Detector, linePieces } from '../../../electron/services/redaction/engine';
import type { Candidate, Recognizer } from '../../../electron/services/redaction/types';

/** A recognizer that reports every occurrence of fixed words, for testing the engine alone. */
function words(name: string, type: Candidate['type'], list: string[], score = 0.9): Recognizer {
  return {
    name,
    types: [type],
    detect(text) {
      const out: Candidate[] = [];
      for (const w of list) {
        let i = text.indexOf(w);
        while (i !== -1) {
          out.push({ start: i, end: i + w.length, type, score, source: 'pattern' });
          i = text.indexOf(w, i + 1);
        }
      }
      return out;
    },
  };
}

const recognizers = [words('people', 'PERSON', ['Ana Silva', 'Bo Li']), words('weak', 'ORG', ['Acme'], 0.4)];
const noModel = () => new Detector({ modelDir: '/nonexistent/model', recognizers });

describe('Detector.detect', () => {
  it('reports entities with text and offsets', async () => {
    const r = await noModel().detect('Hi Ana Silva!', { ner: false });
    assert.deepEqual(
      r.entities.map((e) => [e.start, e.end, e.type, e.text, e.source]),
      [[3, 12, 'PERSON', 'Ana Silva', 'pattern']],
    );
  });

  it('reads the body a person the rules found is "of", from any recognizer\'s persons', async () => {
    const r = await noModel().detect('Ana Silva of Mercy Health called; Bo Li of London too; Ana Silva of The Times.', {
      ner: false,
    });
    assert.deepEqual(
      r.entities.map((e) => [e.type, e.text]),
      [
        ['PERSON', 'Ana Silva'],
        ['ORG', 'Mercy Health'],
        ['PERSON', 'Bo Li'],
        ['PERSON', 'Ana Silva'],
      ],
    );
  });

  it('says when the model could not run instead of passing patterns off as complete', async () => {
    const r = await noModel().detect('Hi Ana Silva');
    assert.equal(r.nerAvailable, false);
    assert.match(r.nerError ?? '', /could not run/);
    assert.equal(r.entities.length, 1, 'pattern results are still returned');
  });

  it('reports a missing model configuration', async () => {
    const saved = process.env.PROMPT_VAULT_MODEL_DIR;
    delete process.env.PROMPT_VAULT_MODEL_DIR;
    try {
      const d = new Detector({ recognizers });
      assert.equal(d.modelStatus().state, 'not-configured');
      const r = await d.detect('Bo Li');
      assert.equal(r.nerAvailable, false);
      assert.match(r.nerError ?? '', /No NER model directory/);
    } finally {
      if (saved !== undefined) process.env.PROMPT_VAULT_MODEL_DIR = saved;
    }
  });

  it('ignores PROMPT_VAULT_MODEL_DIR when told there is no model (modelDir: null)', async () => {
    const saved = process.env.PROMPT_VAULT_MODEL_DIR;
    process.env.PROMPT_VAULT_MODEL_DIR = '/some/model';
    try {
      const d = new Detector({ modelDir: null, recognizers });
      assert.equal(d.modelStatus().state, 'not-configured');
      assert.equal((await d.detect('Bo Li')).nerAvailable, false);
    } finally {
      if (saved === undefined) delete process.env.PROMPT_VAULT_MODEL_DIR;
      else process.env.PROMPT_VAULT_MODEL_DIR = saved;
    }
  });

  it('refuses to run the model on text over the limit, and says so', async () => {
    const d = new Detector({ modelDir: '/nonexistent', recognizers, maxNerChars: 10 });
    const r = await d.detect('Ana Silva and Bo Li');
    assert.equal(r.nerAvailable, false);
    assert.match(r.nerError ?? '', /too long/);
  });

  it('applies the threshold, per-type thresholds and enabled types', async () => {
    const d = noModel();
    const text = 'Ana Silva works at Acme';
    assert.deepEqual(
      (await d.detect(text, { ner: false })).entities.map((e) => e.type),
      ['PERSON'],
    );
    assert.deepEqual(
      (await d.detect(text, { ner: false, threshold: 0.3 })).entities.map((e) => e.type),
      ['PERSON', 'ORG'],
    );
    assert.deepEqual(
      (await d.detect(text, { ner: false, perTypeThreshold: { ORG: 0.2, PERSON: 0.95 } })).entities.map((e) => e.type),
      ['ORG'],
    );
    assert.deepEqual(
      (await d.detect(text, { ner: false, threshold: 0.3, enabledTypes: ['ORG'] })).entities.map((e) => e.type),
      ['ORG'],
    );
  });

  it('never reports allow-listed terms or patterns', async () => {
    const d = noModel();
    const text = 'Ana Silva and Bo Li';
    assert.deepEqual(
      (await d.detect(text, { ner: false, allowList: { terms: ['ana silva'] } })).entities.map((e) => e.text),
      ['Bo Li'],
    );
    assert.deepEqual(
      (await d.detect(text, { ner: false, allowList: { patterns: ['bo\\s+\\w+'] } })).entities.map((e) => e.text),
      ['Ana Silva'],
    );
  });

  it('always reports deny-listed terms and patterns, even when allow-listed', async () => {
    const d = noModel();
    const text = 'Project Falcon ships FAL-2291 with project falcon tooling; not Falconry.';
    const r = await d.detect(text, {
      ner: false,
      denyList: { terms: ['Project Falcon'], patterns: ['FAL-\\d{4}'], type: 'ORG' },
      allowList: { terms: ['project falcon'] },
    });
    assert.deepEqual(
      r.entities.map((e) => [e.text, e.type, e.source]),
      [
        ['Project Falcon', 'ORG', 'deny-list'],
        ['FAL-2291', 'ORG', 'deny-list'],
        ['project falcon', 'ORG', 'deny-list'],
      ],
    );
  });

  it('runs custom recognizers with context boost', async () => {
    const d = noModel();
    const r = await d.detect(
      'ticket EMP-00123 was filed last spring by the helpdesk team, and later the employee EMP-00999',
      {
        ner: false,
        customRecognizers: [
          { name: 'employee-id', pattern: 'EMP-\\d{5}', type: 'ID_NUMBER', score: 0.6, contextWords: ['employee'] },
        ],
      },
    );
    assert.deepEqual(
      r.entities.map((e) => [e.text, e.type, e.subtype, e.score]),
      [
        ['EMP-00123', 'ID_NUMBER', 'employee-id', 0.6],
        ['EMP-00999', 'ID_NUMBER', 'employee-id', 0.75],
      ],
    );
  });

  it('rejects an invalid custom pattern with a clear message', async () => {
    await assert.rejects(
      noModel().detect('x', { ner: false, customRecognizers: [{ name: 'bad', pattern: '(', type: 'SECRET' }] }),
      /Custom recognizer "bad": invalid regular expression/,
    );
  });

  it('fails closed when a detector throws', async () => {
    const broken: Recognizer = {
      name: 'broken',
      types: ['EMAIL'],
      detect() {
        throw new Error('boom');
      },
    };
    const d = new Detector({ modelDir: '/nonexistent', recognizers: [broken] });
    await assert.rejects(
      d.detect('a@b.co', { ner: false }),
      (err: unknown) => err instanceof DetectionError && /broken.*boom/.test(err.message),
    );
  });
});

describe('model spans cut back by a pattern', () => {
  it('drop what is left when it is only a label ("IBAN", "CVV")', async () => {
    const text = 'Beneficiary: IBAN GB33BUKB20201555555555, CVV 737.';
    // Stands in for the model: it reads "IBAN GB33..." and "CVV 737" as places.
    const model: Recognizer = {
      name: 'model-like',
      types: ['LOCATION'],
      detect: (t) =>
        ['IBAN GB33BUKB20201555555555', 'CVV 737'].map((v) => {
          const start = t.indexOf(v);
          return { start, end: start + v.length, type: 'LOCATION' as const, score: 0.8, source: 'ner' as const };
        }),
    };
    const values: Recognizer = {
      name: 'values',
      types: ['IBAN', 'SECRET'],
      detect: (t) =>
        (
          [
            ['GB33BUKB20201555555555', 'IBAN'],
            ['737', 'SECRET'],
          ] as const
        ).map(([v, type]) => {
          const start = t.indexOf(v);
          return { start, end: start + v.length, type, score: 0.98, source: 'pattern' as const, validated: true };
        }),
    };
    const d = new Detector({ modelDir: '/nonexistent', recognizers: [model, values], parallel: false });
    const r = await d.detect(text, { ner: false, injection: false });
    assert.deepEqual(
      r.entities.map((e) => [e.type, e.text]),
      [
        ['IBAN', 'GB33BUKB20201555555555'],
        ['SECRET', '737'],
      ],
    );
  });
});

describe('Detector.redact', () => {
  it('replaces values with placeholders and keeps them stable across turns', async () => {
    const d = noModel();
    const first = await d.redact('Ana Silva met Bo Li.', { ner: false });
    assert.equal(first.redacted, '[[PERSON_1]] met [[PERSON_2]].');
    assert.equal(first.map['[[PERSON_1]]']!.original, 'Ana Silva');
    const { PlaceholderSession } = await import('../../../electron/services/redaction/placeholders');
    const session = new PlaceholderSession(first.map);
    const second = await d.redact('Bo Li replied.', { ner: false, session });
    assert.equal(second.redacted, '[[PERSON_2]] replied.');
  });
});

describe('model spans over line breaks', () => {
  const c = (text: string, from: string, to: string, type: Candidate['type'] = 'PERSON'): Candidate => ({
    start: text.indexOf(from),
    end: text.indexOf(to) + to.length,
    type,
    score: 0.9,
    source: 'ner',
  });
  const pieces = (text: string, cand: Candidate) => linePieces(text, cand).map((p) => text.slice(p.start, p.end));

  it('cuts a span at each line break, and leaves one-line spans whole', () => {
    const mail = 'To: Ingrid Nilsen\r\nSubject: hi';
    assert.deepEqual(pieces(mail, c(mail, 'Ingrid', 'Subject')), ['Ingrid Nilsen', 'Subject']);
    const three = 'Acme\n\nGlobex\nInitech';
    assert.deepEqual(pieces(three, c(three, 'Acme', 'Initech', 'ORG')), ['Acme', 'Globex', 'Initech']);
    const address = '12 Main St\nSpringfield';
    assert.deepEqual(pieces(address, c(address, '12', 'Springfield', 'LOCATION')), ['12 Main St', 'Springfield']);
    assert.deepEqual(pieces('Ana Silva\nx', c('Ana Silva\nx', 'Ana', 'Silva')), ['Ana Silva']);
    // Without the full stop that ends the line; an abbreviation keeps its period.
    const stop = 'arrived at Rua Augusta 274, Lisboa.\nAgent (Carlos): sorry';
    assert.deepEqual(pieces(stop, c(stop, 'Lisboa', 'Agent', 'LOCATION')), ['Lisboa', 'Agent']);
    const abbreviation = 'Acme Co.\nDear Sir';
    assert.deepEqual(pieces(abbreviation, c(abbreviation, 'Acme', 'Dear', 'ORG')), ['Acme Co.', 'Dear']);
  });

  it("cuts a span at a table's cells and drops the cells of digits alone", () => {
    const csv = 'name,age,city\nAarav Shah,34,Pune,1200000';
    assert.deepEqual(pieces(csv, c(csv, '34', '1200000', 'LOCATION')), ['Pune']);
    const tsv = 'Mei Ling\t29\tSingapore';
    assert.deepEqual(pieces(tsv, c(tsv, 'Mei', 'Singapore')), ['Mei Ling', 'Singapore']);
    const md = '| Luca Bianchi | Turin |';
    assert.deepEqual(pieces(md, c(md, 'Luca', 'Turin')), ['Luca Bianchi', 'Turin']);
    // A line of digits alone may be the postcode that ends an address: kept.
    const lines = '4241 Steinfelden 73\nSAVONLINNA\n 77233';
    assert.deepEqual(pieces(lines, c(lines, '4241', '77233', 'LOCATION')), [
      '4241 Steinfelden 73',
      'SAVONLINNA',
      '77233',
    ]);
    // Prose puts a space after its commas: "Cambridge, MA" stays whole.
    const prose = 'moved to Cambridge, MA last year';
    assert.deepEqual(pieces(prose, c(prose, 'Cambridge', 'MA', 'LOCATION')), ['Cambridge, MA']);
  });
});

describe('tab-separated rows', () => {
  it("drop a name, place or firm the rules read across a row's tab, and keep each cell's own", async () => {
    const text =
      'Name\tDepartment\tSalary\tManager\nLucía Romero\tFinance\t72000\tPaolo Conti\nWei Chen\tEngineering\t98000\tSarah Klein';
    const r = await new Detector({ modelDir: null, parallel: false }).detect(text, { ner: false });
    assert.deepEqual(
      r.entities.map((e) => `${e.type}:${e.text}`),
      ['PERSON:Lucía Romero', 'PERSON:Paolo Conti', 'PERSON:Wei Chen', 'PERSON:Sarah Klein'],
    );
    // One tab in a line of prose is no row.
    const prose = await new Detector({ modelDir: null, parallel: false }).detect(
      'Ship to\t14 Hollybush Lane, Harrogate HG1 2QE',
      {
        ner: false,
      },
    );
    assert.ok(prose.entities.some((e) => e.type === 'LOCATION' && e.text.includes('Hollybush Lane')));
  });
});

describe('a phone that also passes a national ID check', () => {
  it('is a phone after "reach me" or "call me" in another language, an NHS number after its label', async () => {
    const detector = new Detector({ modelDir: null, parallel: false });
    const typeOf = async (text: string) => (await detector.detect(text, { ner: false })).entities.map((e) => e.type);
    // 415 555 0199 passes the NHS number's check.
    assert.deepEqual(await typeOf('reach me on 415 555 0199'), ['PHONE']);
    assert.deepEqual(await typeOf('NHS number 943 476 5919'), ['ID_NUMBER']);
  });

  it('is a phone when the call opens the sentence further back, not across a sentence end', async () => {
    const detector = new Detector({ modelDir: null, parallel: false });
    const typed = async (text: string) =>
      (await detector.detect(text, { ner: false })).entities
        .filter((e) => e.text === '415-555-0199')
        .map((e) => e.type);
    // 415 555 0199 passes the NHS number's check and opens with an issued range; "call" is 47
    // characters before it.
    assert.deepEqual(await typed('Remind me to call grandma on her birthday, June 12, at 415-555-0199.'), ['PHONE']);
    assert.deepEqual(await typed('Remind me to call grandma. Her NHS record lists 415-555-0199.'), ['ID_NUMBER']);
  });
});

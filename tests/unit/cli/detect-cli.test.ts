// The `detect` and `redact` commands as other tools use them: JSONL in, JSONL out, exit codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCliSync } from '../support/cli';

const cli = (args: string[], input: string, env: Record<string, string | undefined> = {}) => {
  const r = runCliSync(args, { stdin: input, env });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

interface Line {
  spans: { start: number; end: number; label: string; score: number; source: string }[];
  ms: number;
  error?: string;
}

describe('cli detect', () => {
  it('writes one JSONL line per input with the contract shape', () => {
    const input = [
      JSON.stringify({ text: 'Write to ana.silva@example.com today.' }),
      JSON.stringify({ text: 'nothing here' }),
    ].join('\n');
    const r = cli(['detect', '--no-ner'], input + '\n');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    assert.equal(lines.length, 2);
    const email = lines[0]!.spans.find((s) => s.label === 'EMAIL');
    assert.ok(email, JSON.stringify(lines[0]));
    assert.deepEqual([email.start, email.end], [9, 30]);
    assert.equal(typeof email.score, 'number');
    assert.equal(typeof email.source, 'string');
    assert.equal(typeof lines[0]!.ms, 'number');
    assert.deepEqual(lines[1]!.spans, []);
  });

  it('names the line of bad input, keeps outputs aligned, and exits 2', () => {
    const input = ['{"text": "a@b.example.org"}', 'not json', '{"nope": 1}', '{"text": "ok"}'].join('\n');
    const r = cli(['detect', '--no-ner'], input);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 2: not valid JSON/);
    assert.match(r.stderr, /line 3: expected an object with a string "text" field/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    assert.equal(lines.length, 4);
    assert.match(lines[1]!.error ?? '', /line 2/);
  });

  it('does not crash on invalid UTF-16 (lone surrogates) or CRLF input', () => {
    const input = '{"text": "\\ud800 broken \\udfff then bob@example.com"}\r\n{"text": "\\ud83d"}\r\n';
    const r = cli(['detect', '--no-ner'], input);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    assert.equal(lines.length, 2);
    assert.ok(lines[0]!.spans.some((s) => s.label === 'EMAIL'));
  });

  it('fails clearly when the model is requested but missing', () => {
    const r = cli(['detect', '--model-dir', '/nonexistent/model'], '{"text":"x"}\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /NER model could not be loaded/);
    assert.equal(r.stdout, '');
  });

  it(
    'runs the model from PROMPT_VAULT_MODEL_DIR',
    { skip: !process.env.PROMPT_VAULT_MODEL_DIR && 'PROMPT_VAULT_MODEL_DIR is not set' },
    () => {
      const r = cli(['detect'], JSON.stringify({ text: 'Angela Merkel met Emmanuel Macron in Paris.' }) + '\n');
      assert.equal(r.status, 0, r.stderr);
      const line = JSON.parse(r.stdout) as Line;
      assert.ok(
        line.spans.some((s) => s.label === 'PERSON' && s.source === 'ner'),
        r.stdout,
      );
      assert.ok(
        line.spans.some((s) => s.label === 'LOCATION'),
        r.stdout,
      );
    },
  );
});

describe('cli redact', () => {
  it('prints the redacted text and a summary on stderr', () => {
    const r = cli(['redact', '--no-ner'], 'Mail ana.silva@example.com and again ana.silva@example.com.');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'Mail [[EMAIL_1]] and again [[EMAIL_1]].');
    assert.match(r.stderr, /redacted 2: EMAIL 2/);
  });

  it('exits after a long text (its recognizers ran on two threads)', () => {
    // 54,000 characters: past the length where a worker thread takes half the recognizers, which
    // once kept the process running after the output was written.
    const text = 'Mail ana.silva@example.com about card 4111 1111 1111 1111. '.repeat(900);
    const r = runCliSync(['redact', '--no-ner'], { stdin: text, timeoutMs: 60_000 });
    assert.equal(r.signal, undefined, 'the command had to be killed: something kept it running');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Mail [[EMAIL_1]] about card [[CREDIT_CARD_1]]. '.repeat(900));
  });
});

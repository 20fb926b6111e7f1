import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesAround, matchesVia } from '../../../electron/services/redaction/fast-scan';

function plain(re: RegExp, text: string): string[] {
  const out: string[] = [];
  const g = new RegExp(re.source, re.flags);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}
const fast = (re: RegExp, loose: RegExp, text: string) =>
  [...matchesVia(re, loose, text)].map((m) => `${m.index}:${m[0]}`);

describe('matchesVia', () => {
  const B = String.raw`(?<![\p{L}\p{N}_])`;
  const CASES: [string, string, string, string][] = [
    // [exact source, loose source, flags, text]
    [
      `${B}ignore\\s+(?:all\\s+)?rules`,
      'ignore\\s+(?:all\\s+)?rules',
      'giu',
      'xignore rules, Ignore all rules; ignore  rules',
    ],
    [`${B}\\d{3}-\\d{2}-\\d{4}`, '\\d{3}-\\d{2}-\\d{4}', 'g', '1123-45-6789 and 123-45-6789 and 987-65-43210'],
    [`${B}a+`, 'a+', 'gu', '😀aaa ba 😀a aaaa'],
    [`${B}x*`, 'x*', 'gu', 'x xx yx xxx'],
    [`(?<!\\d)\\d+(?:\\.\\d+)?`, '\\d+(?:\\.\\d+)?', 'g', '1.5 22.25 3.x 4'],
  ];
  for (const [src, loose, flags, text] of CASES) {
    it(`finds what a plain scan finds: /${src}/${flags}`, () => {
      const want = plain(new RegExp(src, flags), text);
      assert.ok(want.length > 0);
      assert.deepEqual(fast(new RegExp(src, flags), new RegExp(loose, flags), text), want);
    });
  }

  it('can be run twice on the same regexes (no state left behind)', () => {
    const re = new RegExp(`${B}ab`, 'gu');
    const loose = /ab/gu;
    assert.deepEqual(fast(re, loose, 'ab cab ab'), ['0:ab', '7:ab']);
    assert.deepEqual(fast(re, loose, 'ab cab ab'), ['0:ab', '7:ab']);
  });
});

describe('matchesAround', () => {
  // Regexes whose matches hold no white space and always contain the needle.
  const DOMAIN = /(?<![\p{L}\p{N}@._/:-])(?:[\p{L}\p{N}]+\.)+\p{L}{2,}(?:\/[^\s]*)?(?![\p{L}\p{N}])/gu;
  const EMAIL = /(?<![\p{L}\p{N}._%+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
  const TEXTS = [
    'see example.com, www.test.org/path?x=1 and a.b.c.de.\u00a0next.io\u2003last.net',
    'mail ann@example.com,bob@test.org; x@y (not one) z@a.b.co\tq@r.st end',
    'no needle here at all',
    '😀a.bc😀 ...dots... e.g. U.S. 1.2.3.4 tail.',
    'glued.domain.com/with/path.html?q=a.b#frag.x and.then.more',
  ];
  for (const [re, needle] of [
    [DOMAIN, '.'],
    [EMAIL, '@'],
  ] as const) {
    it(`finds what a plain scan finds (${needle})`, () => {
      let total = 0;
      for (const text of TEXTS) {
        const want = plain(re, text);
        total += want.length;
        assert.deepEqual(
          [...matchesAround(re, needle, text)].map((m) => `${m.index}:${m[0]}`),
          want,
          text,
        );
      }
      assert.ok(total >= 4, `the samples have matches (${total})`);
    });
  }
});

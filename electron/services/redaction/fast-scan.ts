// Iterating over a regex's matches. `allMatches` is the plain loop every recognizer uses.
//
// Leading lookbehinds (word boundaries, "not after a digit") keep V8's regex engine from
// skipping quickly to where a match can start, so a rule that begins with one crawls through
// the whole text. Scanning for a looser form of the rule (the same expression without those
// assertions) is fast, and the exact rule only needs trying where the looser form matched.

/**
 * Most rules find nothing in most texts: they get this rather than a generator (an object per call,
 * and one per step), which on short texts is a large share of what a rule allocates.
 */
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/** Every non-empty match of the global regex `re`, in order (its lastIndex is reset first). */
export function allMatches(re: RegExp, text: string): Iterable<RegExpExecArray> {
  re.lastIndex = 0;
  let m = re.exec(text);
  while (m !== null && m[0].length === 0) {
    re.lastIndex++;
    m = re.exec(text);
  }
  return m === null ? NO_MATCHES : allMatchesFrom(re, text, m);
}

function* allMatchesFrom(re: RegExp, text: string, first: RegExpExecArray): Generator<RegExpExecArray> {
  // The caller may have used `re` between steps: lastIndex is kept across a yield.
  let m: RegExpExecArray | null = first;
  for (; m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/**
 * Every match of the global regex `exact`, in order, exactly as `exact.exec` in a loop would
 * return them (empty matches skipped). `loose` must match at every position where `exact` does
 * (e.g. `exact` with zero-width assertions removed), so no match is missed.
 */
export function matchesVia(exact: RegExp, loose: RegExp, text: string): Iterable<RegExpExecArray> {
  const scan = loose.global ? loose : global(loose);
  scan.lastIndex = 0;
  const first = scan.exec(text);
  return first === null ? NO_MATCHES : matchesViaFrom(sticky(exact), scan, text, first);
}

function* matchesViaFrom(at: RegExp, scan: RegExp, text: string, first: RegExpExecArray): Generator<RegExpExecArray> {
  for (let c: RegExpExecArray | null = first; c; c = scan.exec(text)) {
    at.lastIndex = c.index;
    const m = at.exec(text);
    if (m && m[0].length > 0) {
      scan.lastIndex = c.index + m[0].length;
      yield m;
    } else {
      scan.lastIndex = c.index + ((text.codePointAt(c.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
}

const cache = new WeakMap<RegExp, RegExp>();

function derived(re: RegExp, flags: string): RegExp {
  let d = cache.get(re);
  if (!d) {
    d = new RegExp(re.source, flags);
    cache.set(re, d);
  }
  return d;
}
const sticky = (re: RegExp) => derived(re, re.flags.replace('g', '') + 'y');
const global = (re: RegExp) => derived(re, re.flags + 'g');

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/**
 * Every match of the global regex `re`, in order, as a plain `exec` loop would return them, for a
 * regex whose matches never contain white space and always contain `needle` (a bare domain and
 * its dot, a scheme URL and its "://"). Only the runs of non-space text around each `needle`
 * are tried; the rest of the text, usually nearly all of it, is skipped.
 */
export function* matchesAround(re: RegExp, needle: string, text: string): Generator<RegExpExecArray> {
  const at = sticky(re);
  let from = 0;
  for (let hit = text.indexOf(needle, from); hit !== -1; hit = text.indexOf(needle, from)) {
    let start = hit;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = hit + needle.length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    for (let p = start; p < end;) {
      at.lastIndex = p;
      const m = at.exec(text);
      if (m && m[0].length > 0) {
        yield m;
        p += m[0].length;
      } else {
        p += (text.codePointAt(p) ?? 0) > 0xffff ? 2 : 1;
      }
    }
    from = end;
  }
}

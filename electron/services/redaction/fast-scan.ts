// Leading lookbehinds (word boundaries, "not after a digit") keep V8's regex engine from
// skipping quickly to where a match can start, so a rule that begins with one crawls through
// the whole text. Scanning for a looser form of the rule (the same expression without those
// assertions) is fast, and the exact rule only needs trying where the looser form matched.

/**
 * Every match of the global regex `exact`, in order, exactly as `exact.exec` in a loop would
 * return them (empty matches skipped). `loose` must match at every position where `exact` does
 * (e.g. `exact` with zero-width assertions removed), so no match is missed.
 */
export function* matchesVia(exact: RegExp, loose: RegExp, text: string): Generator<RegExpExecArray> {
  const at = sticky(exact);
  const scan = loose.global ? loose : global(loose);
  scan.lastIndex = 0;
  for (let c = scan.exec(text); c; c = scan.exec(text)) {
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

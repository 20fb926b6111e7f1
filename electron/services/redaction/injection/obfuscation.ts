// Instructions written to slip past the phrase rules: letters spaced out ("i g n o r e   a l l
// p r e v i o u s   i n s t r u c t i o n s") or digits for letters ("1gn0re all prev1ous
// instruct1ons"). The text is rewritten with such words put back together, and the phrase rules
// read the rewrite; only a word that becomes one of the rules' key words is rewritten, so ordinary
// text ("mp3", "s3 bucket", "a b c") is left as it is and costs no second reading.

/** Words the phrase rules turn on: one of them rewritten is worth reading the text again. */
const KEY_WORDS = new Set(
  (
    'ignore disregard forget override bypass previous prior above earlier instructions instruction prompt ' +
    'prompts system rules guidelines restrictions reveal jailbreak all everything your'
  ).split(' '),
);

/** Digits and signs written for letters. */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

// Found by cheap ASCII scans and widened by hand: the same tests with \p{L} classes and lookarounds
// cost ~150 ms per MB of eval text, several times the whole phrase check.
/** Three letters one space apart: part of a run of spaced-out letters. */
const SPACED_HINT = /[A-Za-z] [A-Za-z] [A-Za-z]/g;
/** A letter beside a digit or sign that can stand for a letter. */
const LEET_HINT = /[A-Za-z][013457@$]|[013457@$][A-Za-z]/g;

const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9@$]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

const deleet = (w: string) => w.replace(/[013457@$]/g, (c) => LEET[c]!);

export interface Rewrite {
  text: string;
  /** The offset in the text read of each offset in `text`. */
  toSource: (i: number) => number;
}

interface Edit {
  start: number;
  end: number;
  /** The new characters, and for each the offset of the character it stands for. */
  chars: string;
  from: number[];
}

/** `text` with its spaced-out and leetspeak key words put together, or undefined when it has none. */
export function deobfuscate(text: string): Rewrite | undefined {
  const edits: Edit[] = [];
  let key = false;
  SPACED_HINT.lastIndex = 0;
  for (let m = SPACED_HINT.exec(text); m; m = SPACED_HINT.exec(text)) {
    // Widen to the whole run: letters alone, one space apart, with no letter or digit glued on.
    let start = m.index;
    while (start >= 2 && text[start - 1] === ' ' && isLetter(text[start - 2]) && !isAlnum(text[start - 3])) start -= 2;
    let end = m.index + m[0].length;
    while (text[end] === ' ' && isLetter(text[end + 1]) && !isAlnum(text[end + 2])) end += 2;
    SPACED_HINT.lastIndex = end;
    if (isAlnum(text[start - 1]) || isAlnum(text[end])) continue;
    const from: number[] = [];
    for (let i = start; i < end; i += 2) from.push(i);
    const chars = from.map((i) => text[i]!).join('');
    key ||= KEY_WORDS.has(chars.toLowerCase());
    edits.push({ start, end, chars, from });
  }
  LEET_HINT.lastIndex = 0;
  for (let m = LEET_HINT.exec(text); m; m = LEET_HINT.exec(text)) {
    let start = m.index;
    while (isAlnum(text[start - 1])) start--;
    let end = m.index + 2;
    while (isAlnum(text[end])) end++;
    LEET_HINT.lastIndex = end;
    if (end - start < 4 || end - start > 20) continue;
    const chars = deleet(text.slice(start, end));
    if (!KEY_WORDS.has(chars.toLowerCase())) continue;
    key = true;
    edits.push({ start, end, chars, from: [...chars].map((_, k) => start + k) });
  }
  if (!key) return undefined;
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const map: number[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    parts.push(text.slice(at, e.start), e.chars);
    for (let i = at; i < e.start; i++) map.push(i);
    map.push(...e.from);
    at = e.end;
  }
  parts.push(text.slice(at));
  for (let i = at; i <= text.length; i++) map.push(i);
  return { text: parts.join(''), toSource: (i) => map[i] ?? text.length };
}

// A cased NER model misses names in text typed all in lower case ("my name is lena andersson")
// or all in capitals. For such lines we show the model a copy in which known given names and the
// uncommon words right after them (surnames) get a capital first letter. The copy has exactly the same length, so the model's
// offsets apply to the original text unchanged.
import { isWordOfChat } from '../names/caseless';
import { COMMON, GIVEN } from '../names/lexicon';

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A line is "lower-case" when fewer than this share of its words start with a capital. */
const MAX_CAPITALISED = 0.12;
const MIN_WORDS = 2;

function capitalise(word: string): string {
  const first = word[0]!.toUpperCase();
  return first.length === 1 ? first + word.slice(1) : word;
}

/** Same-length lower-casing (a few characters change length when lower-cased; keep those). */
function lower(word: string): string {
  let out = '';
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function recaseLine(line: string): string {
  const words = line.match(WORD);
  if (!words || words.length < MIN_WORDS) return line;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const allCaps = words.filter((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const shouting = allCaps / words.length > 0.8;
  if (!shouting && caps / words.length >= MAX_CAPITALISED) return line;
  // Only names get capitals: a known given name, and the uncommon words that follow it
  // (surnames). Capitalising every rare word makes the model see entities in slang.
  let afterName = false;
  let lastEnd = -1;
  return line.replace(WORD, (w, at: number) => {
    const base = shouting ? lower(w) : w;
    const key = base.toLowerCase();
    const given = GIVEN.has(key);
    // A surname follows the name after one space: not after a comma ("soy maría, mi correo es…").
    const surname = afterName && at === lastEnd + 1 && line[lastEnd] === ' ' && !COMMON.has(key) && !isWordOfChat(key);
    lastEnd = at + w.length;
    afterName = base.length >= 2 && (given || surname);
    if (!afterName) return base;
    return /^\p{Ll}/u.test(base) ? capitalise(base) : base;
  });
}

/** The text as the model should see it, or the text itself when every line is normally cased. */
export function truecaseForModel(text: string): string {
  if (!/\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text)) return text;
  const out = text.replace(/[^\n]+/g, recaseLine);
  return out.length === text.length ? out : text;
}

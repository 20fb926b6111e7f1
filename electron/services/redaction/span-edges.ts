// Where detectors stop short of a name, leaving a piece of it in the prompt. Organisation names
// often carry a capitalised "The" and an abbreviated legal form with its dot ("The Vanguard Group",
// "Smith Ltd."); after merging, the span is widened to take them in. A person's name with
// particles ("Maria de la Cruz", "Pieter van der Berg") comes from a model as two names around
// the particles; they are joined into one.
import { PLACES } from './location/lexicon';
import { GIVEN, isCommon } from './names/lexicon';
import { opensSentence } from './ner/sentence-start';
import type { Candidate } from './types';

const LEGAL_ABBREVIATION =
  /(?:^|[\s,])(?:Ltd|Inc|Co|Corp|Bros|Plc|Pty|Pvt|Assn|Intl|Mfg|Ass|S\.A|S\.L|N\.V|B\.V|e\.V|Cia|Sr\.?l)$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `merged` is sorted and free of overlaps; so is the result. */
export function widenOrgEdges(text: string, merged: Candidate[]): Candidate[] {
  return merged.map((c, i) => {
    if (c.type !== 'ORG') return c;
    let { start, end } = c;
    const prevEnd = i > 0 ? merged[i - 1]!.end : 0;
    if (start - 4 >= prevEnd && text.startsWith('The ', start - 4) && !LETTER_OR_DIGIT.test(text[start - 5] ?? ' ')) {
      start -= 4;
    }
    const nextStart = i + 1 < merged.length ? merged[i + 1]!.start : text.length;
    if (end < nextStart && text[end] === '.' && LEGAL_ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) {
      end += 1;
    }
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}

/** One to three lower-case name particles between two names: " de la ", " van der ", " bin ". */
const PARTICLES_BETWEEN =
  /^[ \t]+(?:(?:de|la|las|los|del|della|van|der|den|von|zu|di|da|do|dos|das|du|le|ben|bin|bint|ibn|al|el|y|e|af|av)[ \t]+){1,3}$/;

/** " y Ortega": the Spanish "and", then one capitalised word (the "y" may open the model's span). */
const AND_SURNAME = /^[ \t]+y[ \t]+(\p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * A Spanish name's second surname after "y", which the model takes for a place or a firm: "José María de
 * la Cruz y Ortega". Only one capitalised word that is no known place, after a name of two words or more.
 */
function secondSurname(text: string, prev: Candidate, c: Candidate): boolean {
  if (c.source !== 'ner' || (c.type !== 'LOCATION' && c.type !== 'ORG') || c.start - prev.end > 4) return false;
  const m = AND_SURNAME.exec(text.slice(prev.end, c.end));
  return !!m && !PLACES.has(m[1]!.toLowerCase()) && /\s/.test(text.slice(prev.start, prev.end));
}

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’]{1,20}$/u;

/**
 * The second half of a double-barrelled surname the model read apart, often as a place: "Elizabeth
 * Warren-Hayes" as "Elizabeth Warren-" and "Hayes". One capitalised word right after the hyphen.
 */
function afterHyphen(text: string, prev: Candidate, c: Candidate): boolean {
  if (c.source !== 'ner') return false;
  const gap = text.slice(prev.end, c.start);
  const hyphenated = gap === '-' || (gap === '' && text[prev.end - 1] === '-');
  return hyphenated && CAPITALISED_WORD.test(text.slice(c.start, c.end));
}

/**
 * A given name and the particles before a surname found alone: "Maika van de Noort", of which the
 * model found "Noort". One capitalised word that is no ordinary word and no place, on the same line.
 */
const GIVEN_AND_PARTICLES =
  /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:(?:de|la|del|della|van|der|den|von|zu|di|da|dos|das|du|le|ter|ten)[ \t]+){1,3}$/u;

function givenNameBefore(text: string, c: Candidate, prevEnd: number): number {
  const m = GIVEN_AND_PARTICLES.exec(text.slice(Math.max(prevEnd, c.start - 48), c.start));
  if (!m) return c.start;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if ((isCommon(word) && !GIVEN.has(lower)) || PLACES.has(lower)) return c.start;
  return c.start - (m[0].length - m[0].indexOf(word));
}

/** `merged` is sorted and free of overlaps; so is the result. */
export function joinNameParticles(text: string, merged: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of merged) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'PERSON' &&
      ((c.type === 'PERSON' && c.start - prev.end <= 24 && PARTICLES_BETWEEN.test(text.slice(prev.end, c.start))) ||
        secondSurname(text, prev, c) ||
        afterHyphen(text, prev, c))
    ) {
      out[out.length - 1] = {
        ...prev,
        end: c.end,
        score: Math.max(prev.score, c.score),
        ...(prev.validated || c.validated ? { validated: true } : {}),
      };
      continue;
    }
    if (c.type === 'PERSON') {
      const start = givenNameBefore(text, c, prev?.end ?? 0);
      if (start < c.start) {
        out.push({ ...c, start });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * A nickname in quotes or brackets inside a name, and the surname after it: "Robert 'Bobby' Kline",
 * 'William "Bill" Turner', "Ana (Nina) Costa". Detectors stop at the quote or bracket, leaving the
 * surname in the prompt.
 */
const NICKNAME_THEN_SURNAME =
  /^[ \t]*(?:['"“‘(]\p{Lu}[\p{Ll}.-]{0,20})?['"”’)][ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/u;
const OPEN_NICKNAME = /[ \t]['"“‘(]\p{Lu}[\p{Ll}.-]{0,20}$/u;
const NICKNAME_AFTER = /^[ \t]+['"“‘(]/;

/** `merged` is sorted and free of overlaps; so is the result. */
export function takeNicknamedSurnames(text: string, merged: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    if (c.type !== 'PERSON') {
      out.push(c);
      continue;
    }
    const tail = text.slice(c.end, c.end + 64);
    // The name ends before the nickname, or inside it ("Robert 'Bobby").
    const before = NICKNAME_AFTER.test(tail);
    const inside = OPEN_NICKNAME.test(text.slice(c.start, c.end));
    const m = before || inside ? NICKNAME_THEN_SURNAME.exec(tail) : null;
    // After a nickname that opened inside the span, only its closing quote may follow.
    if (!m || inside === before) {
      out.push(c);
      continue;
    }
    const end = c.end + m[0].length;
    // Findings inside the surname are names too, and taken in; anything else stops the widening.
    let j = i + 1;
    while (j < merged.length && merged[j]!.start < end && merged[j]!.type === 'PERSON') j++;
    if (j < merged.length && merged[j]!.start < end) {
      out.push(c);
      continue;
    }
    out.push({ ...c, end: Math.max(end, j > i + 1 ? merged[j - 1]!.end : end) });
    i = j - 1;
  }
  return out;
}

/**
 * "I spoke with Will Turner": "Will" is never a name to the rules (the modal verb) and the model
 * leaves it out, so only the surname was redacted. A capitalised "Will" right before a person's
 * name is the given name, unless it opens a question ("Will Turner call back?", "[ Will Ana win ?").
 */
const WILL_BEFORE = /(?<![\p{L}\p{N}'’-])Will[ \t]$/u;

/** `merged` is sorted and free of overlaps; so is the result. */
export function takeWillBeforeSurnames(text: string, merged: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    if (c.type !== 'PERSON' || c.start < 5 || text.charCodeAt(c.start - 1) > 32) continue;
    if (!WILL_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) continue;
    const will = c.start - 5;
    if ((merged[i - 1]?.end ?? 0) > will) continue;
    if (opensClause(text, will) && asksAQuestion(text, c.end)) continue;
    out ??= merged.slice();
    out[i] = { ...c, start: will };
  }
  return out ?? merged;
}

/** Whether a clause starts at `i`: a sentence, or after a sign such as "[" or ":" ("See also [ Will …?"). */
function opensClause(text: string, i: number): boolean {
  if (opensSentence(text, i)) return true;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || !LETTER_DIGIT_OR_COMMA.test(text[j]!);
}
const LETTER_DIGIT_OR_COMMA = /[\p{L}\p{N},]/u;

/** Whether the sentence that goes on at `from` ends with a question mark. */
function asksAQuestion(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '?') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}

/**
 * A name written again in its own script, in brackets right after it or before it: "Mrs. Yuki Yamada
 * (山田 由紀)", "김민준 (Kim Min-jun)". Japanese names have no Chinese surname for the script rules to
 * know, and the model tags such runs at random ("由紀" as a place). Whatever was found in the native
 * run gives way.
 */
const NATIVE = String.raw`[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]{1,5}(?:[ \u3000][\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]{1,5})?`;
const GLOSS_AFTER = new RegExp(String.raw`^[ \t]?[(（](${NATIVE})[)）]`, 'u');
const GLOSS_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NATIVE})[ \t]?[(（]$`, 'u');
const CLOSES = /^[)）]/;

/** The native run's [start, end) next to the person `c`, or undefined. */
function nativeGloss(text: string, c: Candidate): [number, number] | undefined {
  const after = GLOSS_AFTER.exec(text.slice(c.end, c.end + 24));
  if (after) {
    const start = c.end + after[0].indexOf(after[1]!);
    return [start, start + after[1]!.length];
  }
  if (!CLOSES.test(text.slice(c.end, c.end + 1))) return undefined;
  const from = Math.max(0, c.start - 24);
  const before = GLOSS_BEFORE.exec(text.slice(from, c.start));
  return before ? [from + before.index, from + before.index + before[1]!.length] : undefined;
}

/** `merged` is sorted and free of overlaps; so is the result. */
export function takeNativeScriptNames(text: string, merged: Candidate[]): Candidate[] {
  if (!merged.some((c) => c.type === 'PERSON' && /[(（]/.test(text.slice(Math.max(0, c.start - 2), c.end + 2))))
    return merged;
  let out: Candidate[] = [];
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    const gloss = c.type === 'PERSON' ? nativeGloss(text, c) : undefined;
    if (!gloss || gloss[1] - gloss[0] < 2) {
      out.push(c);
      continue;
    }
    const [start, end] = gloss;
    const name = (score: number): Candidate => ({
      start,
      end,
      type: 'PERSON',
      subtype: 'NATIVE_SCRIPT',
      score,
      source: 'pattern',
    });
    if (start > c.start) {
      // After the name: the findings inside the brackets give way; one that runs past them is
      // something else, and all is left as it was.
      let j = i + 1;
      while (j < merged.length && merged[j]!.start >= start && merged[j]!.end <= end) j++;
      out.push(c);
      if (j < merged.length && merged[j]!.start < end) continue;
      out.push(name(Math.min(c.score, 0.8)));
      i = j - 1;
    } else {
      // Before it: the findings already kept inside the run give way.
      const kept = out.filter((k) => k.end <= start || k.start >= end);
      if (out.some((k) => k.start < end && k.end > start && (k.start < start || k.end > end))) {
        out.push(c);
        continue;
      }
      out = kept;
      out.push(name(Math.min(c.score, 0.8)), c);
    }
  }
  return out;
}

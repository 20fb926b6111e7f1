// Turns per-token class probabilities into entity spans over the original text.
//
// Word level: a word (a token plus its `##` continuations) gets ONE label, chosen by the
// strategy ("first" token, "average" of the token distributions, or the token with the "max"
// probability). Entities are runs of words with the same canonical type, split at B- labels,
// so an entity always spans whole words. Clean-up then fixes boundaries (possessive 's,
// trailing punctuation), joins a name the model cut in two and drops noise.
import type { EntityType } from '../../../../shared/entities';
import type { ParsedLabel } from '../../../../models/labels';
import type { Candidate } from '../types';
import type { AlignedToken } from './align';

export type AggregationStrategy = 'first' | 'average' | 'max';

export interface TokenScores {
  /** Aligned original offsets per token. */
  tokens: readonly AlignedToken[];
  /** Softmax probabilities, row-major [token][class]. */
  probs: Float32Array;
  numClasses: number;
}

interface Word {
  start: number;
  end: number;
  label: number;
  score: number;
}

interface Span {
  start: number;
  end: number;
  type: EntityType;
  scores: number[];
}

/** Words with one label each. Tokens without an offset are skipped. */
export function wordsOf(ts: TokenScores, strategy: AggregationStrategy): Word[] {
  const words: Word[] = [];
  const C = ts.numClasses;
  let i = 0;
  const n = ts.tokens.length;
  while (i < n) {
    const first = ts.tokens[i]!;
    let j = i + 1;
    while (j < n && !ts.tokens[j]!.wordStart) j++;
    if (first.start >= 0) {
      const acc = new Float64Array(C);
      let end = first.end;
      let best = -1;
      let bestP = -1;
      let count = 0;
      for (let k = i; k < j; k++) {
        const t = ts.tokens[k]!;
        if (t.start < 0) continue;
        end = Math.max(end, t.end);
        const row = k * C;
        if (strategy === 'average' || (strategy === 'first' && k === i)) {
          for (let c = 0; c < C; c++) acc[c]! += ts.probs[row + c]!;
          count++;
        } else if (strategy === 'max') {
          for (let c = 0; c < C; c++) {
            const p = ts.probs[row + c]!;
            if (p > bestP) {
              bestP = p;
              best = k;
            }
          }
        }
      }
      if (strategy === 'max' && best >= 0) {
        for (let c = 0; c < C; c++) acc[c] = ts.probs[best * C + c]!;
        count = 1;
      }
      let label = 0;
      let score = -1;
      for (let c = 0; c < C; c++) {
        const p = acc[c]! / Math.max(1, count);
        if (p > score) {
          score = p;
          label = c;
        }
      }
      words.push({ start: first.start, end, label, score });
    }
    i = j;
  }
  return words;
}

/** Groups labelled words into typed spans (B- starts a new entity, I- continues the same type). */
export function spansOf(words: readonly Word[], labels: readonly ParsedLabel[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (const w of words) {
    const lab = labels[w.label];
    if (!lab || lab.type === null || lab.position === 'O') {
      cur = null;
      continue;
    }
    if (cur && lab.position === 'I' && cur.type === lab.type) {
      cur.end = w.end;
      cur.scores.push(w.score);
      continue;
    }
    cur = { start: w.start, end: w.end, type: lab.type, scores: [w.score] };
    spans.push(cur);
  }
  return spans;
}

// Words that are never an entity on their own (sentence starts, greetings, pronouns...).
const STOPWORDS = new Set(
  (
    'a an the i me my we our you your he him his she her it its they them their this that these those ' +
    'hi hello hey dear thanks thank regards best cheers yes no ok okay please sir madam mr mrs ms miss dr prof ' +
    'and or but of in on at to for from by with is are was were be am do does did can will would should could ' +
    'what who where when why how which if then so all any some one'
  ).split(' '),
);

const LEAD_WORD = /^(\p{L}+)\.?[\s,]+(?=\p{L})/u;
const LEAD_EXTRA = new Set(
  (
    'then yesterday today tomorrow tonight also meanwhile however after before during since until ' +
    'monday tuesday wednesday thursday friday saturday sunday mrs ms mx prof professor sir lady lord ' +
    'sister brother uncle aunt mom mum dad grandma grandpa captain officer agent coach ask tell call email contact ' +
    'reach meet invite thank ping cc message text phone write remind'
  ).split(' '),
);

// Short abbreviations whose final "." belongs to the name (Corp., Inc., Jr., St.).
const ABBREV_DOT =
  /(?:^|[\s.])(?:[A-Z]|Inc|Corp|Co|Ltd|Bros|Jr|Sr|St|Mt|Ft|Ave|Blvd|Rd|Dr|Ste|Apt|Plc|Pty|Llc|LLC|PLC)\.$/;
const POSSESSIVE = /['’]s?$/;
// Anything but letters, marks, digits (and a final "." handled below) at the edges: punctuation,
// quotes, brackets, emoji, symbols.
const TRAIL = /[^\p{L}\p{M}\p{N}.]+$/u;
const LEAD = /^[^\p{L}\p{N}]+/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
// A name may be cut by the model at a hyphen or apostrophe (Jean-Luc, O'Brien) or at a space.
const JOIN_GAP = /^(?:[ \t]+|[-‐'’])$/u;

// A sentence end or a semicolon inside a span ("Nicosia. Then Acme Inc.", "10969 Berlin; Steuer-ID"):
// the model ran two mentions together.
// An abbreviation's dot ("J. Smith", "Acme Inc. Group") is not a sentence end.
const SENTENCE_BREAK = /[.!?]+[ \t]+(?=[\p{Lu}\p{N}"'“‘(])|;[ \t]*/gu;

function splitAtSentences(text: string, s: Span): Span[] {
  const body = text.slice(s.start, s.end);
  SENTENCE_BREAK.lastIndex = 0;
  if (!SENTENCE_BREAK.test(body)) return [s];
  const parts: Span[] = [];
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(body); m; m = SENTENCE_BREAK.exec(body)) {
    const cut = m.index + m[0].replace(/\s+$/u, '').length;
    if (m[0].trimStart().startsWith('.') && ABBREV_DOT.test(body.slice(from, cut))) continue;
    if (cut > from) parts.push({ ...s, start: s.start + from, end: s.start + cut });
    from = m.index + m[0].length;
  }
  if (from < body.length) parts.push({ ...s, start: s.start + from, end: s.end });
  return parts;
}

/** Boundary fixes, joins and noise filtering; returns candidates with text-accurate spans. */
export function finalizeSpans(text: string, spans: readonly Span[]): Candidate[] {
  // 1. Join same-type neighbours separated only by a space, hyphen or apostrophe.
  const joined: Span[] = [];
  for (const s of spans) {
    const prev = joined[joined.length - 1];
    if (prev && prev.type === s.type && JOIN_GAP.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      prev.scores.push(...s.scores);
      continue;
    }
    joined.push({ ...s, scores: [...s.scores] });
  }
  const out: Candidate[] = [];
  for (const s of joined.flatMap((j) => splitAtSentences(text, j))) {
    let start = s.start;
    let end = s.end;
    // An emoji ends a name the model ran on over it ("Sheffield 😍🎸 #bestnightever"): what follows is the
    // post's, not the place's.
    const emoji = PICTOGRAPH.exec(text.slice(start, end));
    if (emoji && emoji.index > 0) end = start + emoji.index;
    // 2. Boundaries: leading punctuation, trailing punctuation, possessive 's.
    const lead = LEAD.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    for (let guard = 0; guard < 4 && end > start; guard++) {
      const body = text.slice(start, end);
      const trail = TRAIL.exec(body);
      if (trail) {
        end -= trail[0].length;
        continue;
      }
      if (body.endsWith('.') && !ABBREV_DOT.test(body)) {
        end -= 1;
        continue;
      }
      const poss = POSSESSIVE.exec(body);
      if (poss && (s.type === 'PERSON' || s.type === 'ORG') && /['’]s$/i.test(body)) {
        end -= poss[0].length;
        continue;
      }
      break;
    }
    // Sentence-initial words the model pulls into a name ("Yesterday John Smith") and
    // titles (gold conventions keep "Mr." outside the name) are cut from the front.
    for (let guard = 0; guard < 3; guard++) {
      const m = LEAD_WORD.exec(text.slice(start, end));
      if (!m || !(STOPWORDS.has(m[1]!.toLowerCase()) || LEAD_EXTRA.has(m[1]!.toLowerCase()))) break;
      start += m[0].length;
    }
    if (end <= start) continue;
    const value = text.slice(start, end);
    // A single "word" longer than any name is a run-on token (hashes, base64, aaaa...).
    if (/[^\s]{41,}/u.test(value)) continue;
    // 3. Noise: no letter at all, a single letter, or a lone stopword.
    if (!/\p{L}/u.test(value)) continue;
    if ([...value.replace(/[.\s]/g, '')].length < 2) continue;
    if (STOPWORDS.has(value.toLowerCase())) continue;
    const score = s.scores.reduce((a, b) => a + b, 0) / s.scores.length;
    out.push({ start, end, type: s.type, score, source: 'ner' });
  }
  return out;
}

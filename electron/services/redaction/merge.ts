// Resolves overlapping candidates from several detectors into one entity per span.
// Rules: a validated pattern beats a model guess; when types agree the wider span wins;
// a loser of another type keeps only the part outside the winner, so nothing leaks.
import type { Candidate } from './types';
import { append } from './append';

const SOURCE_BONUS: Record<Candidate['source'], number> = {
  'deny-list': 3,
  manual: 3,
  custom: 0.3,
  secret: 0.2,
  pattern: 0.2,
  ner: 0,
};

/**
 * Higher wins. Validation outweighs any score difference, and a value right after its own label
 * outweighs validation: "NHS number 485 777 3456" is that number even if it fails its check and
 * also passes for a phone.
 */
export function priority(c: Candidate): number {
  return c.score + SOURCE_BONUS[c.source] + (c.labelled ? 1.5 : c.validated ? 1 : 0);
}

const MEANINGFUL = /[\p{L}\p{N}]/u;
/** Words that join names and values: never an entity of their own. */
const CONNECTORS = new Set(['and', 'or', 'of', 'the', 'for', 'und', 'et', 'y', 'e', 'de', 'van', 'von', '&']);

const POSSESSIVE = /^['’]s$/;

/**
 * Lower-case words that tie a cut-down candidate to the value cut out of it, never part of what is
 * left: the "at" of a model's "Kirsten Bauch at 4785 Schamberger Ridge" cut around the name. Not
 * "and" or "of", which may join the parts of one name ("Clark, Romero and Hall" cut around "Romero").
 */
const EDGE_WORDS = new Set('at in on from to with by near for is'.split(' '));
const LEADING_WORD = /^(\p{Ll}+)[ \t]+/u;
const TRAILING_WORD = /[ \t]+(\p{Ll}+)$/u;

const POSSESSIVE_OPENING = /^['’]s[ \t]+/;

/**
 * `piece` without the EDGE_WORDS at either end, nor the possessive ending of the name cut away before
 * it ("'s College Hospital" of "King's College Hospital" cut around the model's "King").
 */
function withoutEdgeWords(text: string, piece: Span): Span {
  let { start, end } = piece;
  const possessive = POSSESSIVE_OPENING.exec(text.slice(start, Math.min(end, start + 8)));
  if (possessive && start + possessive[0].length < end) start += possessive[0].length;
  for (;;) {
    const m = LEADING_WORD.exec(text.slice(start, Math.min(end, start + 12)));
    if (!m || !EDGE_WORDS.has(m[1]!) || start + m[0].length >= end) break;
    start += m[0].length;
  }
  for (;;) {
    const m = TRAILING_WORD.exec(text.slice(Math.max(start, end - 12), end));
    if (!m || !EDGE_WORDS.has(m[1]!) || end - m[0].length <= start) break;
    end -= m[0].length;
  }
  return { start, end };
}

interface Span {
  start: number;
  end: number;
}

/** `span` minus every span in `holes` (sorted by start), as ordered pieces. */
function subtract(span: Span, holes: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = span.start;
  for (const h of holes) {
    if (h.end <= cursor || h.start >= span.end) continue;
    if (h.start > cursor) pieces.push({ start: cursor, end: h.start });
    cursor = Math.max(cursor, h.end);
  }
  if (cursor < span.end) pieces.push({ start: cursor, end: span.end });
  return pieces;
}

/** Shrink a span so it neither starts nor ends with white space or stray punctuation. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  // ':' stays: IPv6 addresses start and end with it.
  while (start < end && /[\s,;]/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  // Never split a surrogate pair.
  if (
    start > 0 &&
    start < text.length &&
    isLowSurrogate(text.charCodeAt(start)) &&
    isHighSurrogate(text.charCodeAt(start - 1))
  )
    start--;
  if (end < text.length && end > 0 && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1)))
    end++;
  return { start, end };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Merge candidates into non-overlapping entities sorted by start. Candidates are taken in
 * priority order; each one either stands alone, joins an accepted entity of its own type
 * (union of spans), or is cut around accepted entities of other types. The work is done per
 * cluster of overlapping candidates, so a long text with many findings stays linear.
 */
export function mergeCandidates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const trimmed: Candidate[] = [];
  for (const c of candidates) {
    const t = trimSpan(text, c);
    if (t.end <= t.start) continue;
    // Candidates are never changed in place, so an untouched one is kept as it is.
    trimmed.push(t.start === c.start && t.end === c.end ? c : { ...c, start: t.start, end: t.end });
  }
  trimmed.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of trimmed) {
    if (c.start >= clusterEnd && cluster.length) {
      append(out, mergeCluster(text, cluster));
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) append(out, mergeCluster(text, cluster));
  return out.sort((a, b) => a.start - b.start);
}

/** Merge one group of candidates that overlap each other (directly or through a chain). */
/** A secret scored this high was recognised by its provider's own shape, not by entropy and a key word. */
const PROVIDER_SECRET = 0.9;

function mergeCluster(text: string, cluster: Candidate[]): Candidate[] {
  if (cluster.length === 1) return cluster;
  // A URL is one unit: replacing all of it also hides a token or e-mail inside it, while cutting
  // it around them would leave scraps of the URL. So a URL ranks above what it contains; not above
  // a value that is the whole URL (a webhook's secret URL is a secret). A URL that holds a secret
  // (a token as its password: "https://oauth2:glpat-…@gitlab.com/…") is a secret as a whole, so
  // that letting URLs through, by policy or by hand, never lets the secret through with them.
  const rank = new Map<Candidate, number>();
  const secretIn = new Map<Candidate, Candidate>();
  for (const c of cluster) {
    let p = priority(c);
    const url = c.type === 'URL';
    // A provider's token is one unit too: the digits inside it that pass for an ID or a phone (a Telegram
    // bot's id before its ":AA…") are the token's, and cutting them out would leave half of it unmasked.
    // It ranks above what it contains except another secret; a URL above anything it contains.
    if (url || (c.type === 'SECRET' && c.score >= PROVIDER_SECRET)) {
      for (const inner of cluster) {
        const within = inner.start >= c.start && inner.end <= c.end;
        const whole = inner.start === c.start && inner.end === c.end;
        if (inner !== c && within && !whole && (url || inner.type !== 'SECRET'))
          p = Math.max(p, priority(inner) + 0.01);
        if (url && inner.type === 'SECRET' && within && !secretIn.has(c)) secretIn.set(c, inner);
      }
    }
    rank.set(c, p);
  }
  const ordered = [...cluster].sort(
    (a, b) => rank.get(b)! - rank.get(a)! || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );

  let accepted: Candidate[] = [];
  for (const found of ordered) {
    const secret = secretIn.get(found);
    const c: Candidate = secret ? { ...found, type: 'SECRET', subtype: secret.subtype } : found;
    const overlapping = accepted.filter((a) => a.start < c.end && c.start < a.end);
    if (overlapping.length === 0) {
      accepted.push(c);
      continue;
    }
    const others = overlapping.filter((a) => a.type !== c.type).sort((a, b) => a.start - b.start);
    for (const raw of subtract(c, others)) {
      const piece = others.length > 0 ? withoutEdgeWords(text, trimSpan(text, raw)) : trimSpan(text, raw);
      const value = text.slice(piece.start, piece.end);
      if (piece.end <= piece.start || !MEANINGFUL.test(value)) continue;
      // A fragment of a cut-down candidate is only kept when it is a real part of a value.
      if (others.length > 0 && piece.end - piece.start < 2) continue;
      // Nor is the word that joined the values around it: "Michael and Hodge" cut around two names.
      if (others.length > 0 && CONNECTORS.has(value.toLowerCase())) continue;
      // Nor a possessive ending left of a name cut away: the "'s" of "St Mary's".
      if (others.length > 0 && POSSESSIVE.test(value)) continue;
      const same = accepted.filter((a) => a.type === c.type && a.start < piece.end && piece.start < a.end);
      if (same.length === 0) {
        accepted.push({ ...c, ...piece });
        continue;
      }
      const best = same.reduce((x, y) => (priority(y) > priority(x) ? y : x));
      const union: Candidate = {
        ...best,
        start: Math.min(piece.start, ...same.map((a) => a.start)),
        end: Math.max(piece.end, ...same.map((a) => a.end)),
      };
      accepted = accepted.filter((a) => !same.includes(a));
      accepted.push(union);
    }
  }
  return accepted;
}

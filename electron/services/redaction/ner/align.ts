// Maps WordPiece tokens back to UTF-16 offsets in the ORIGINAL string.
//
// The tokenizer (@huggingface/tokenizers) returns token strings and ids but no offsets. We
// rebuild the tokenizer's normalized text ourselves, keeping for every normalized UTF-16 unit
// the original range it came from, then walk the tokens over it. The normalization mirrors
// BertNormalizer exactly (clean_text, handle_chinese_chars, lowercase, strip_accents); the
// walk checks every piece against the normalized text, so a divergence is detected (and
// counted in `misaligned`) instead of silently shifting every following offset.

export interface NormalizerConfig {
  cleanText: boolean;
  handleChineseChars: boolean;
  lowercase: boolean;
  stripAccents: boolean;
}

export interface NormalizedText {
  text: string;
  /** Original UTF-16 start of each normalized unit. */
  origStart: Int32Array;
  /** Original UTF-16 end (exclusive) of each normalized unit. */
  origEnd: Int32Array;
}

export interface AlignedToken {
  /** Original-string offsets; start === end === -1 when the token could not be placed. */
  start: number;
  end: number;
  /** True when the token starts a new word (not a `##` continuation). */
  wordStart: boolean;
}

export interface Alignment {
  tokens: AlignedToken[];
  /** Number of tokens whose text did not match the normalized input (0 when all is well). */
  misaligned: number;
}

/** Reads the normalizer settings from tokenizer.json (BertNormalizer or a Sequence holding one). */
export function normalizerConfig(tokenizerJson: unknown): NormalizerConfig {
  const base: NormalizerConfig = { cleanText: false, handleChineseChars: false, lowercase: false, stripAccents: false };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'BertNormalizer') {
      base.cleanText = o.clean_text !== false;
      base.handleChineseChars = o.handle_chinese_chars !== false;
      base.lowercase = o.lowercase !== false;
      // BertNormalizer: strip_accents null/undefined follows lowercase.
      base.stripAccents = o.strip_accents === true || (o.strip_accents == null && base.lowercase);
    } else if (o.type === 'Lowercase') {
      base.lowercase = true;
    } else if (o.type === 'StripAccents') {
      base.stripAccents = true;
    } else if (o.type === 'Sequence' && Array.isArray(o.normalizers)) {
      o.normalizers.forEach(visit);
    }
  };
  visit((tokenizerJson as Record<string, unknown> | null)?.normalizer);
  return base;
}

const REMOVED = /^[\p{Cc}\p{Cf}\p{Co}\p{Cs}]$/u;
const WHITESPACE = /^\s$/u;
const MARK = /\p{Mn}/gu;

function isChineseChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

export interface PreparedText extends NormalizedText {
  /** What to give the tokenizer: the original with every character + combining marks in NFC. */
  input: string;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

/**
 * Composes decomposed accents (e.g. "e" + U+0301 from a macOS paste) to NFC so the tokenizer
 * sees the same characters as in its vocabulary, then normalizes like the tokenizer; every
 * normalized unit maps back to the original character cluster it came from.
 */
export function prepareText(text: string, cfg: NormalizerConfig): PreparedText {
  if (!/\p{M}/u.test(text)) return { input: text, ...normalizeWithOffsets(text, cfg) };
  const inputParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const chars: string[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const composed = m[0].normalize('NFC');
    inputParts.push(composed);
    const sub = normalizeWithOffsets(composed, cfg);
    for (let k = 0; k < sub.text.length; k++) {
      chars.push(sub.text[k]!);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  }
  return {
    input: inputParts.join(''),
    text: chars.join(''),
    origStart: Int32Array.from(starts),
    origEnd: Int32Array.from(ends),
  };
}

/** The tokenizer's normalized text with a map back to original offsets. */
export function normalizeWithOffsets(text: string, cfg: NormalizerConfig): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  for (const ch of text) {
    const start = i;
    const end = i + ch.length;
    i = end;
    const cp = ch.codePointAt(0)!;
    if (cfg.cleanText) {
      // Same test as the tokenizer: 0, U+FFFD and control/format/private/surrogate code points go.
      if (cp === 0 || cp === 0xfffd || (ch !== '\t' && ch !== '\n' && ch !== '\r' && REMOVED.test(ch))) continue;
      if (WHITESPACE.test(ch)) {
        push(' ', start, end);
        continue;
      }
    }
    // The tokenizer tests each UTF-16 unit, so only BMP ideographs get spaces around them.
    if (cfg.handleChineseChars && ch.length === 1 && isChineseChar(cp)) {
      push(' ', start, start);
      push(ch, start, end);
      push(' ', end, end);
      continue;
    }
    let s = ch;
    if (cfg.lowercase) s = s.toLowerCase();
    if (cfg.stripAccents) s = s.normalize('NFD').replace(MARK, '');
    push(s, start, end);
  }
  return { text: out.join(''), origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends) };
}

// BertPreTokenizer's punctuation: Unicode P* plus every ASCII symbol.
const PUNCT = /[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]/u;

function isSpace(c: string): boolean {
  return /\s/u.test(c);
}

/**
 * Places `tokens` (WordPiece strings, without [CLS]/[SEP]) on `norm`.
 * `specialTokens` are skipped (offset -1); `unkToken` covers one whole pre-tokenized word.
 */
export function alignTokens(
  norm: NormalizedText,
  tokens: readonly string[],
  opts: { unkToken: string; prefix?: string; specialTokens?: ReadonlySet<string> },
): Alignment {
  const prefix = opts.prefix ?? '##';
  const t = norm.text;
  const n = t.length;
  const result: AlignedToken[] = [];
  let misaligned = 0;
  let cur = 0;
  const skipSpace = (): void => {
    while (cur < n && isSpace(t[cur]!)) cur++;
  };
  const place = (from: number, to: number, wordStart: boolean): void => {
    result.push({ start: norm.origStart[from]!, end: norm.origEnd[to - 1]!, wordStart });
  };
  for (const tok of tokens) {
    if (opts.specialTokens?.has(tok) && tok !== opts.unkToken) {
      result.push({ start: -1, end: -1, wordStart: true });
      continue;
    }
    const cont = tok.startsWith(prefix) && tok.length > prefix.length;
    if (!cont) skipSpace();
    if (cur >= n) {
      misaligned++;
      result.push({ start: -1, end: -1, wordStart: !cont });
      continue;
    }
    if (tok === opts.unkToken) {
      // [UNK] replaces a whole pre-tokenized word: one punctuation mark, or a run of
      // non-space, non-punctuation characters (surrogate pairs stay together).
      const from = cur;
      const first = String.fromCodePoint(t.codePointAt(cur)!);
      if (PUNCT.test(first)) {
        cur += first.length;
      } else {
        while (cur < n) {
          const c = String.fromCodePoint(t.codePointAt(cur)!);
          if (isSpace(c) || PUNCT.test(c)) break;
          cur += c.length;
        }
      }
      place(from, cur, true);
      continue;
    }
    const piece = cont ? tok.slice(prefix.length) : tok;
    if (t.startsWith(piece, cur)) {
      place(cur, cur + piece.length, !cont);
      cur += piece.length;
      continue;
    }
    // Divergence (e.g. a context-dependent case mapping): resynchronise on the next
    // occurrence nearby, else assume the piece covers as many non-space units as it is long.
    misaligned++;
    const found = t.indexOf(piece, cur);
    if (found !== -1 && found - cur <= 8) {
      place(found, found + piece.length, !cont);
      cur = found + piece.length;
      continue;
    }
    let end = cur;
    while (end < n && end - cur < piece.length && !isSpace(t[end]!)) end++;
    if (end === cur) end = cur + 1;
    place(cur, end, !cont);
    cur = end;
  }
  return { tokens: result, misaligned };
}

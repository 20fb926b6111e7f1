// Restores placeholders ([[PERSON_1]]) in a model's answer to the original values, locally,
// while the answer streams. Models don't always copy placeholders verbatim, so these forms are
// restored too, and reported:
//   - case changed:            [[person_1]], [[Person_1]]
//   - brackets lost or changed: [PERSON_1], PERSON_1, [[PERSON_1], {{PERSON_1}}, <PERSON_1>
//   - escaped:                  &#91;&#91;PERSON_1&#93;&#93;, &lbrack;..., %5B%5B...%5D%5D, \[\[PERSON_1\]\]
// A placeholder split across chunks is held back: only the longest suffix of the text received
// so far that can still grow into a known placeholder waits for the next chunk.
import { ENTITY_TYPES } from '../../../shared/entities';
import type { PlaceholderMap } from '../../../shared/placeholders';

/** How a restored placeholder appeared in the answer. */
export type RestoredForm = 'exact' | 'case' | 'brackets' | 'escaped';

export interface RestoredPlaceholder {
  placeholder: string;
  /** Occurrences restored. */
  count: number;
  /** Every form it was found in (exact first when present). */
  forms: RestoredForm[];
}

export interface UnrestoredPlaceholder {
  /** The text as it appeared in the answer, left unchanged. */
  text: string;
  /** Why it was left: no such placeholder in this conversation. */
  reason: 'unknown';
  count: number;
}

export interface RestorationReport {
  restored: RestoredPlaceholder[];
  unrestored: UnrestoredPlaceholder[];
}

const OPENS = ['[', '\\[', '{', '<', '&#91;', '&#x5b;', '&lbrack;', '&lsqb;', '%5b', '&lt;'];
const CLOSES = [']', '\\]', '}', '>', '&#93;', '&#x5d;', '&rbrack;', '&rsqb;', '%5d', '&gt;'];
const ESCAPED = new Set([
  '\\[',
  '\\]',
  '&#91;',
  '&#x5b;',
  '&lbrack;',
  '&lsqb;',
  '%5b',
  '&lt;',
  '&#93;',
  '&#x5d;',
  '&rbrack;',
  '&rsqb;',
  '%5d',
  '&gt;',
]);

function alt(tokens: readonly string[]): string {
  return tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const TYPES = alt(ENTITY_TYPES);
/**
 * Any placeholder-like token. Group 1 = opening brackets, 2 = type, 3 = number, 4 = closing.
 * A bare TYPE_N must not be glued to a preceding word character.
 */
const TOKEN_SOURCE = `((?:${alt(OPENS)}){1,2}|(?<![\\p{L}\\p{N}_]))(${TYPES})_(\\d{1,6})(?![\\p{N}])((?:${alt(CLOSES)}){0,2})`;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function splitTokens(s: string, tokens: readonly string[]): string[] {
  const out: string[] = [];
  let rest = s.toLowerCase();
  while (rest.length) {
    const t = tokens.find((x) => rest.startsWith(x));
    if (!t) break;
    out.push(t);
    rest = rest.slice(t.length);
  }
  return out;
}

export class Restorer {
  /** "person_1" -> entry, lowercase. */
  private readonly byCore = new Map<string, { placeholder: string; original: string }>();
  /** Every prefix of every known core ("p", "pe", ... "person_1"). */
  private readonly corePrefixes = new Set<string>();
  private readonly maxHold: number;
  private readonly tokenRe = new RegExp(TOKEN_SOURCE, 'giu');
  private pending = '';
  private readonly restored = new Map<string, { count: number; forms: Set<RestoredForm> }>();
  /** Everything received, to report unknown placeholders split across chunks. */
  private raw = '';

  constructor(map: PlaceholderMap) {
    let longestCore = 0;
    for (const entry of Object.values(map)) {
      const m = /^\[\[([A-Z_]+)_(\d+)\]\]$/.exec(entry.placeholder);
      if (!m) continue;
      const core = `${m[1]!.toLowerCase()}_${Number(m[2])}`;
      this.byCore.set(core, { placeholder: entry.placeholder, original: entry.original });
      for (let i = 1; i <= core.length; i++) this.corePrefixes.add(core.slice(0, i));
      longestCore = Math.max(longestCore, core.length + 6); // leading zeros of the number
    }
    const longestBracket = Math.max(...OPENS.map((o) => o.length), ...CLOSES.map((c) => c.length));
    this.maxHold = longestCore ? 4 * longestBracket + longestCore : 0;
  }

  /** Feed the next chunk of the answer; returns the restored text that is safe to show now. */
  push(chunk: string): string {
    if (!chunk) return '';
    this.raw += chunk;
    const text = this.pending + chunk;
    const hold = this.holdFrom(text);
    const { out, consumed } = this.replace(text, hold);
    this.pending = text.slice(consumed);
    return out;
  }

  /** The answer ended (or was cut off): restore and release whatever was held back. */
  flush(): string {
    const text = this.pending;
    this.pending = '';
    return this.replace(text, text.length).out;
  }

  /** Restore a complete text in one go (stored answers, non-streamed replies). */
  restoreAll(text: string): string {
    return this.push(text) + this.flush();
  }

  /** Characters currently held back waiting for the next chunk. */
  get held(): number {
    return this.pending.length;
  }

  report(): RestorationReport {
    return {
      restored: [...this.restored].map(([placeholder, r]) => ({
        placeholder,
        count: r.count,
        forms: (['exact', 'case', 'brackets', 'escaped'] as const).filter((f) => r.forms.has(f)),
      })),
      unrestored: [...this.unknownTokens()].map(([text, count]) => ({ text, reason: 'unknown' as const, count })),
    };
  }

  /** Placeholder-like tokens (with brackets) in the whole answer that this conversation never used. */
  private unknownTokens(): Map<string, number> {
    const found = new Map<string, number>();
    const re = new RegExp(TOKEN_SOURCE, 'giu');
    for (const m of this.raw.matchAll(re)) {
      if (!m[1] && !m[4]) continue;
      if (this.byCore.has(`${m[2]!.toLowerCase()}_${Number(m[3])}`)) continue;
      found.set(m[0], (found.get(m[0]) ?? 0) + 1);
    }
    return found;
  }

  /**
   * Replace every token that ends at or before `limit`; stop before a token that crosses it.
   * Returns the output and how many characters of `text` it covers.
   */
  private replace(text: string, limit: number): { out: string; consumed: number } {
    const re = this.tokenRe;
    re.lastIndex = 0;
    const parts: string[] = [];
    let cursor = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > limit) {
        limit = Math.min(limit, start);
        break;
      }
      const type = m[2]!;
      const core = `${type.toLowerCase()}_${Number(m[3])}`;
      const known = this.byCore.get(core);
      if (!known) continue;
      parts.push(text.slice(cursor, start), known.original);
      cursor = end;
      this.record(known.placeholder, m[0], m[1] ?? '', type, m[3]!, m[4] ?? '');
    }
    parts.push(text.slice(cursor, limit));
    return { out: parts.join(''), consumed: limit };
  }

  private record(placeholder: string, seen: string, opens: string, type: string, num: string, closes: string) {
    let form: RestoredForm;
    if (seen === placeholder) form = 'exact';
    else {
      const o = splitTokens(opens, OPENS);
      const c = splitTokens(closes, CLOSES);
      if ([...o, ...c].some((t) => ESCAPED.has(t))) form = 'escaped';
      else if (o.length === 2 && c.length === 2 && o.every((t) => t === '[') && c.every((t) => t === ']')) {
        form = type !== type.toUpperCase() || String(Number(num)) !== num ? 'case' : 'brackets';
      } else form = 'brackets';
    }
    const r = this.restored.get(placeholder) ?? { count: 0, forms: new Set<RestoredForm>() };
    r.count += 1;
    r.forms.add(form);
    this.restored.set(placeholder, r);
  }

  /** Start of the longest suffix of `text` that could still grow into a known placeholder. */
  private holdFrom(text: string): number {
    if (this.maxHold === 0) return text.length;
    const from = Math.max(0, text.length - this.maxHold);
    const tail = text.slice(from).toLowerCase();
    for (let i = 0; i < tail.length; i++) {
      const prev = from + i > 0 ? text[from + i - 1]! : ' ';
      if (this.couldGrow(tail.slice(i), 0, !WORD_CHAR.test(prev))) return from + i;
    }
    return text.length;
  }

  /** Whether `s` is a proper prefix of OPEN{0,2} CORE CLOSE{0,2} for some known core. */
  private couldGrow(s: string, opensSeen: number, bareOk: boolean): boolean {
    if (opensSeen < 2) {
      for (const o of OPENS) {
        if (o.startsWith(s) && o.length > s.length) return true;
        if (s.startsWith(o) && this.couldGrow(s.slice(o.length), opensSeen + 1, true)) return true;
      }
    }
    if (s.length === 0) return opensSeen > 0;
    // A bare TYPE_N only counts after a non-word character.
    if (!bareOk) return false;
    // s starts (after the opens) with the core or a prefix of it.
    if (this.corePrefixes.has(s)) return true;
    // A complete core followed by (part of) the closing brackets.
    for (let k = Math.min(s.length, 30); k >= 3; k--) {
      const core = s.slice(0, k);
      if (!this.byCore.has(core)) continue;
      const rest = s.slice(k);
      if (/^\d/.test(rest)) continue;
      return this.closesCouldGrow(rest, 0);
    }
    // Leading zeros in the number: "person_0" may still become "person_01".
    const z = /^([a-z_]+?)_0+(\d*)$/.exec(s);
    if (z && (z[2] === '' || this.corePrefixes.has(`${z[1]}_${z[2]}`))) return this.corePrefixes.has(`${z[1]}_`);
    return false;
  }

  private closesCouldGrow(s: string, seen: number): boolean {
    if (s.length === 0) return seen < 2;
    if (seen >= 2) return false;
    for (const c of CLOSES) {
      if (c.startsWith(s) && c.length > s.length) return true;
      if (s.startsWith(c) && this.closesCouldGrow(s.slice(c.length), seen + 1)) return true;
    }
    return false;
  }
}

/** Restore a complete text; returns the text and the report. */
export function restoreText(text: string, map: PlaceholderMap): { text: string; report: RestorationReport } {
  const r = new Restorer(map);
  const out = r.restoreAll(text);
  return { text: out, report: r.report() };
}

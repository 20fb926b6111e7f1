// Allow list, deny list and custom recognizers: the parts of detection that an org policy or
// the user configures. Patterns are user input, so a bad one is reported clearly, never ignored.
import type { CustomRecognizer, EntityType, TermList } from '../../../shared/entities';
import { hasContext } from './context';
import { escapeRegExp } from './escape-regexp';
import type { Candidate } from './types';

export class DetectOptionsError extends Error {
  readonly code = 'INVALID_OPTIONS';
  constructor(message: string) {
    super(message);
    this.name = 'DetectOptionsError';
  }
}

function compile(source: string, flags: string, what: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new DetectOptionsError(`${what}: invalid regular expression /${source}/ (${(err as Error).message})`);
  }
}

/** Every match of `re` (global) in `text`, skipping empty matches safely. */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** Decides whether a detected value is on the allow list. */
export class AllowList {
  private readonly terms: Set<string>;
  private readonly patterns: RegExp[];

  constructor(list: TermList | undefined) {
    this.terms = new Set((list?.terms ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean));
    this.patterns = (list?.patterns ?? []).map((p) => compile(`^(?:${p})$`, 'iu', 'Allow list'));
  }

  get empty(): boolean {
    return this.terms.size === 0 && this.patterns.length === 0;
  }

  allows(value: string): boolean {
    const v = value.trim();
    if (this.terms.has(v.toLowerCase())) return true;
    return this.patterns.some((re) => re.test(v));
  }
}

/** Deny-listed terms and patterns are always reported, whatever the detectors think. */
export function denyListCandidates(text: string, list: (TermList & { type?: EntityType }) | undefined): Candidate[] {
  if (!list) return [];
  const type = list.type ?? 'SECRET';
  const out: Candidate[] = [];
  const push = (start: number, end: number) =>
    out.push({ start, end, type, subtype: 'DENY_LIST', score: 1, source: 'deny-list' });
  const terms = (list.terms ?? []).map((t) => t.trim()).filter(Boolean);
  if (terms.length) {
    // Longest first so "Project Falcon X" wins over "Project Falcon"; word boundaries by Unicode class.
    const alternation = terms
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const re = compile(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu', 'Deny list');
    for (const m of matches(re, text)) push(m.index, m.index + m[0].length);
  }
  for (const p of list.patterns ?? []) {
    for (const m of matches(compile(p, 'giu', 'Deny list'), text)) push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Compiled custom recognizers, checked once when options are prepared. */
export function compileCustomRecognizers(defs: readonly CustomRecognizer[] | undefined) {
  return (defs ?? []).map((def) => {
    const flags = Array.from(new Set(('gu' + (def.flags ?? '')).replace(/[^dgimsuy]/g, ''))).join('');
    const re = compile(def.pattern, flags, `Custom recognizer "${def.name}"`);
    const context = (def.contextWords ?? []).map((w) => w.toLowerCase());
    return {
      name: def.name,
      detect(text: string): Candidate[] {
        const out: Candidate[] = [];
        for (const m of matches(re, text)) {
          const start = m.index;
          const end = start + m[0].length;
          const base = def.score ?? 0.8;
          const score = context.length && hasContext(text, start, end, context) ? Math.min(1, base + 0.15) : base;
          out.push({ start, end, type: def.type, subtype: def.subtype ?? def.name, score, source: 'custom' });
        }
        return out;
      },
    };
  });
}

// Full-text search over the decrypted history, held in memory while the vault is unlocked and
// dropped at lock. It is loaded at unlock from the encrypted index the vault persists
// (search-store.ts: compressed, XChaCha20-Poly1305 under a vault subkey, never plaintext on
// disk), or rebuilt from the decrypted messages when that is missing, stale or damaged, and kept
// current on every write.
//
// Design: every text is kept normalised (NFKD, marks stripped, lower case) and a query is a scan
// with String.prototype.indexOf, which V8 runs at memory speed. At desktop-history scale (10,000
// conversations, ~10 M characters) a scan answers in milliseconds, needs no index build beyond
// the decryption itself, and matches substrings ("ref-12", "lovel") as users expect. Every query
// word must occur somewhere in the conversation (title, tags or a message).
import type { StoredConversation } from './search-store';

export interface SearchHit {
  conversationId: string;
  /** The message that matched best (absent when only the title or tags matched). */
  messageId?: string;
  title: string;
  /** Text around the first match, with ellipses where cut. */
  snippet: string;
  updatedAt?: number;
  score: number;
}

interface Doc {
  messageId: string;
  text: string;
  norm: string;
}

interface Conv {
  title: string;
  tags: string[];
  /** Normalised title + tags. */
  head: string;
  updatedAt: number;
  docs: Map<string, Doc>;
}

const SNIPPET_RADIUS = 80;

/** Lower-case and strip diacritics, so "Müller" matches "muller". */
export function normalize(text: string): string {
  // Fast path: plain ASCII needs only lower-casing (keeps offsets identical).
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function count(hay: string, needle: string, cap: number): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && n < cap; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

export class SearchIndex {
  private convs = new Map<string, Conv>();

  get size(): number {
    return this.convs.size;
  }

  /** Add or replace a conversation's title and tags. */
  setConversation(id: string, title: string, tags: string[], updatedAt: number): void {
    const head = normalize([title, ...tags].join('\n'));
    const c = this.convs.get(id);
    if (c) {
      c.title = title;
      c.tags = [...tags];
      c.head = head;
      c.updatedAt = updatedAt;
    } else {
      this.convs.set(id, { title, tags: [...tags], head, updatedAt, docs: new Map() });
    }
  }

  touchConversation(id: string, updatedAt: number): void {
    const c = this.convs.get(id);
    if (c) c.updatedAt = Math.max(c.updatedAt, updatedAt);
  }

  /** Add or replace one message's searchable text. */
  setMessage(conversationId: string, messageId: string, text: string): void {
    let c = this.convs.get(conversationId);
    if (!c) {
      c = { title: '', tags: [], head: '', updatedAt: 0, docs: new Map() };
      this.convs.set(conversationId, c);
    }
    c.docs.set(messageId, { messageId, text, norm: normalize(text) });
  }

  has(id: string): boolean {
    return this.convs.has(id);
  }

  ids(): IterableIterator<string> {
    return this.convs.keys();
  }

  /** Add or replace a whole conversation (e.g. from the persisted index). */
  loadConversation(c: StoredConversation): void {
    const docs = new Map<string, Doc>();
    for (const [messageId, text] of c.docs) docs.set(messageId, { messageId, text, norm: normalize(text) });
    this.convs.set(c.id, {
      title: c.title,
      tags: c.tags,
      head: normalize([c.title, ...c.tags].join('\n')),
      updatedAt: c.updatedAt,
      docs,
    });
  }

  /** A conversation as the persisted index stores it. */
  exportConversation(id: string): StoredConversation | undefined {
    const c = this.convs.get(id);
    if (!c) return undefined;
    return {
      id,
      title: c.title,
      tags: c.tags,
      updatedAt: c.updatedAt,
      docs: [...c.docs.values()].map((d): [string, string] => [d.messageId, d.text]),
    };
  }

  removeConversation(id: string): void {
    this.convs.delete(id);
  }

  clear(): void {
    this.convs = new Map();
  }

  /** Conversations containing every word of `query`, best first. */
  search(query: string, limit = 50): SearchHit[] {
    const terms = [
      ...new Set(
        normalize(query)
          .split(/[\s,;]+/)
          .filter(Boolean),
      ),
    ];
    if (terms.length === 0) return [];
    const scored: { id: string; conv: Conv; score: number; best?: Doc }[] = [];
    for (const [id, conv] of this.convs) {
      // Cheap rejection first: every term must appear somewhere in the conversation.
      let all = true;
      for (const t of terms) {
        if (conv.head.includes(t)) continue;
        let found = false;
        for (const d of conv.docs.values()) {
          if (d.norm.includes(t)) {
            found = true;
            break;
          }
        }
        if (!found) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      let score = 0;
      for (const t of terms) if (conv.head.includes(t)) score += 3;
      let best: Doc | undefined;
      let bestScore = 0;
      for (const d of conv.docs.values()) {
        let s = 0;
        for (const t of terms) s += count(d.norm, t, 5);
        if (s > bestScore) {
          bestScore = s;
          best = d;
        }
        score += s * 0.5;
      }
      scored.push({ id, conv, score: score + bestScore, ...(best ? { best } : {}) });
    }
    scored.sort((a, b) => b.score - a.score || b.conv.updatedAt - a.conv.updatedAt);
    return scored.slice(0, limit).map((s) => ({
      conversationId: s.id,
      ...(s.best ? { messageId: s.best.messageId } : {}),
      title: s.conv.title,
      snippet: s.best ? snippet(s.best.text, terms) : s.conv.title,
      updatedAt: s.conv.updatedAt,
      score: s.score,
    }));
  }
}

/** Text around the earliest occurrence of any term (accent- and case-insensitive). */
export function snippet(text: string, terms: string[]): string {
  const flat = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let center = -1;
  // Fast path: a case-insensitive hit without normalisation.
  const lower = flat.toLowerCase();
  if (lower.length === flat.length) {
    for (const t of terms) {
      const i = lower.indexOf(t);
      if (i >= 0 && (center < 0 || i < center)) center = i;
    }
  }
  if (center < 0) center = locateNormalized(flat, terms);
  let start = Math.max(0, center - SNIPPET_RADIUS);
  let end = Math.min(flat.length, center + SNIPPET_RADIUS);
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    if (sp >= 0 && sp < center) start = sp + 1;
  }
  if (end < text.length) {
    const sp = flat.lastIndexOf(' ', end);
    if (sp > center) end = sp;
  }
  const body = flat.slice(start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + body + (end < text.length ? '…' : '');
}

/** Position in `flat` of the earliest term, comparing normalised text (accents stripped). */
function locateNormalized(flat: string, terms: string[]): number {
  // Normalisation can change lengths; map positions by normalising char by char.
  const norm: string[] = [];
  const pos: number[] = [];
  for (let i = 0; i < flat.length;) {
    const cp = flat.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    for (const c of normalize(ch)) {
      norm.push(c);
      pos.push(i);
    }
    i += ch.length;
  }
  const hay = norm.join('');
  let at = -1;
  for (const t of terms) {
    const i = hay.indexOf(normalize(t));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at >= 0 ? (pos[at] ?? 0) : 0;
}

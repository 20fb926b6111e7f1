// Full-text search over the decrypted history, held only in memory (MiniSearch). The index is
// built after unlock from decrypted content, kept current on every write, and dropped at lock,
// so no plaintext (and no plaintext-derived index) ever reaches the disk.
import MiniSearch from 'minisearch';

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
  id: string;
  conversationId: string;
  messageId?: string;
  text: string;
}

const SNIPPET_RADIUS = 80;

/** Lower-case and strip diacritics, so "Müller" matches "muller". */
function normalizeTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export class SearchIndex {
  private mini = new MiniSearch<Doc>({
    fields: ['text'],
    idField: 'id',
    processTerm: (t) => {
      const n = normalizeTerm(t);
      return n.length ? n : null;
    },
    autoVacuum: { batchSize: 5000, batchWait: 5, minDirtCount: 200, minDirtFactor: 0.2 },
  });
  private docs = new Map<string, Doc>();
  private titles = new Map<string, { title: string; updatedAt: number; docIds: Set<string> }>();

  get size(): number {
    return this.titles.size;
  }

  /** Add or replace a conversation's title/tags document and its metadata. */
  setConversation(id: string, title: string, tags: string[], updatedAt: number): void {
    const entry = this.titles.get(id) ?? { title, updatedAt, docIds: new Set<string>() };
    entry.title = title;
    entry.updatedAt = updatedAt;
    this.titles.set(id, entry);
    this.put({ id: `c:${id}`, conversationId: id, text: [title, ...tags].join('\n') });
    entry.docIds.add(`c:${id}`);
  }

  touchConversation(id: string, updatedAt: number): void {
    const entry = this.titles.get(id);
    if (entry) entry.updatedAt = updatedAt;
  }

  /** Add or replace one message's searchable text. */
  setMessage(conversationId: string, messageId: string, text: string): void {
    const id = `m:${messageId}`;
    this.put({ id, conversationId, messageId, text });
    this.titles.get(conversationId)?.docIds.add(id);
  }

  removeConversation(id: string): void {
    const entry = this.titles.get(id);
    if (!entry) return;
    for (const docId of entry.docIds) {
      if (this.docs.delete(docId)) this.mini.discard(docId);
    }
    this.titles.delete(id);
  }

  clear(): void {
    this.mini.removeAll();
    this.docs.clear();
    this.titles.clear();
  }

  private put(doc: Doc): void {
    if (this.docs.has(doc.id)) this.mini.discard(doc.id);
    this.docs.set(doc.id, doc);
    this.mini.add(doc);
  }

  /** Conversations matching every word of `query` (last word as a prefix), best first. */
  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const results = this.mini.search(q, {
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    });
    const best = new Map<string, { docId: string; score: number; terms: string[] }>();
    for (const r of results) {
      const doc = this.docs.get(String(r.id));
      if (!doc) continue;
      const prev = best.get(doc.conversationId);
      if (!prev) best.set(doc.conversationId, { docId: doc.id, score: r.score, terms: r.terms });
      else prev.score += r.score * 0.1; // several matching messages rank a conversation a little higher
    }
    const hits: SearchHit[] = [];
    for (const [conversationId, b] of best) {
      const meta = this.titles.get(conversationId);
      const doc = this.docs.get(b.docId)!;
      hits.push({
        conversationId,
        ...(doc.messageId ? { messageId: doc.messageId } : {}),
        title: meta?.title ?? '',
        snippet: snippet(doc.text, [...b.terms, ...q.split(/\s+/)]),
        ...(meta ? { updatedAt: meta.updatedAt } : {}),
        score: b.score,
      });
    }
    hits.sort((a, b) => b.score - a.score || (b.updatedAt ?? 0) - (a.updatedAt ?? 0));
    return hits.slice(0, limit);
  }
}

/** Text around the earliest occurrence of any term (accent- and case-insensitive). */
export function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  // NFKD + mark removal can change lengths; map positions by normalising char by char.
  const norm: string[] = [];
  const pos: number[] = [];
  for (let i = 0; i < flat.length;) {
    const cp = flat.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    for (const c of normalizeTerm(ch)) {
      norm.push(c);
      pos.push(i);
    }
    i += ch.length;
  }
  const hay = norm.join('');
  let at = -1;
  for (const t of terms) {
    const n = normalizeTerm(t);
    if (!n) continue;
    const i = hay.indexOf(n);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const center = at >= 0 ? (pos[at] ?? 0) : 0;
  let start = Math.max(0, center - SNIPPET_RADIUS);
  let end = Math.min(flat.length, center + SNIPPET_RADIUS);
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    if (sp >= 0 && sp < center) start = sp + 1;
  }
  if (end < flat.length) {
    const sp = flat.lastIndexOf(' ', end);
    if (sp > center) end = sp;
  }
  return (start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '');
}

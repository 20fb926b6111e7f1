// The audit trail: one JSON line per send (or blocked send) in `audit.jsonl`, without personal
// data — time, provider, model, counts per entity type, policy id/version, decision, and the
// SHA-256 of the redacted prompt (so the org can prove what was sent). Every entry carries the
// hash of the previous one and an HMAC-SHA256 under a key derived from the vault, so editing,
// deleting, reordering or inserting an entry is detected. A MAC'd head file records the last
// entry, so removing entries at the end is detected too.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../../shared/entities';
import { canonicalJson } from '../policy/canonical';

/** Supplies the MAC key; the vault's `deriveSubkey` (only an unlocked vault can write or verify). */
export interface AuditKeySource {
  deriveSubkey(context: string): Uint8Array | Promise<Uint8Array>;
  /**
   * Encrypted settings of the vault. When present, the last entry is pinned there too, so that
   * deleting the trail and its head file together is detected.
   */
  getSetting?(name: string): unknown;
  setSetting?(name: string, value: unknown): void;
}

/** The vault setting that pins the last entry. */
export const AUDIT_PIN_SETTING = 'audit.head';

export const AUDIT_KEY_CONTEXT = 'prompt-vault/audit-trail/v1';
export const AUDIT_FILE = 'audit.jsonl';
export const AUDIT_HEAD_FILE = 'audit.head.json';
const GENESIS = '0'.repeat(64);

const Code = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'an error code, not free text');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** What a caller records. Strict: free text (which could hold personal data) has no place here. */
export const AuditEventSchema = z
  .object({
    /** send = a request was made (or refused); outcome = how a recorded send ended. */
    event: z.enum(['send', 'outcome']),
    decision: z.enum(['sent', 'blocked']).optional(),
    /** Why it was blocked / how it failed, as a code (POLICY_BLOCKED, MODEL_UNAVAILABLE...). */
    reason: Code.optional(),
    provider: z
      .object({
        id: z.string().max(128),
        host: z.string().max(300),
        api: z.enum(['openai', 'anthropic']),
      })
      .strict()
      .optional(),
    model: z.string().max(200).optional(),
    counts: z.partialRecord(z.enum(ENTITY_TYPES), z.number().int().nonnegative()).optional(),
    policy: z
      .object({ id: z.string().max(100), version: z.number().int(), source: z.enum(['org', 'builtin', 'restrictive']) })
      .strict()
      .optional(),
    /** SHA-256 (hex) of the redacted prompt exactly as sent (user message only). */
    redactedSha256: Sha256.optional(),
    /** Characters of the redacted prompt. */
    redactedChars: z.number().int().nonnegative().optional(),
    /** The NER model ran for this prompt. */
    ner: z.boolean().optional(),
    /** outcome: sequence number of the send it belongs to. */
    ref: z.number().int().nonnegative().optional(),
    outcome: z.enum(['complete', 'incomplete', 'failed']).optional(),
  })
  .strict();
export type AuditEvent = z.input<typeof AuditEventSchema>;

export interface AuditEntry extends AuditEvent {
  v: 1;
  seq: number;
  /** ISO 8601 UTC */
  time: string;
  /** SHA-256 of the previous entry's canonical JSON (zeros for the first). */
  prev: string;
  /** HMAC-SHA256 of this entry (without `mac`) under the audit key. */
  mac: string;
}

export interface AuditProblem {
  /** 1-based line in audit.jsonl (0 = the head file). */
  line: number;
  seq?: number;
  problem: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: AuditProblem[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function entryHash(entry: AuditEntry): string {
  return sha256Hex(canonicalJson(entry));
}

function safeEqualHex(a: string, b: string): boolean {
  if (a.length !== b.length || !/^[0-9a-f]*$/.test(a)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export class AuditTrail {
  readonly file: string;
  readonly headFile: string;
  private readonly lockFile: string;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly key: Buffer,
    private readonly now: () => Date,
    private readonly keys: AuditKeySource,
  ) {
    this.file = path.join(dir, AUDIT_FILE);
    this.headFile = path.join(dir, AUDIT_HEAD_FILE);
    this.lockFile = path.join(dir, 'audit.lock');
  }

  /** Open (or start) the trail in `dir`, with the MAC key derived from `keys`. */
  static async open(dir: string, keys: AuditKeySource, opts: { now?: () => Date } = {}): Promise<AuditTrail> {
    const key = Buffer.from(await keys.deriveSubkey(AUDIT_KEY_CONTEXT));
    if (key.length < 32) throw new Error('The audit key must be at least 32 bytes.');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    return new AuditTrail(dir, key, opts.now ?? (() => new Date()), keys);
  }

  private mac(entry: Omit<AuditEntry, 'mac'>): string {
    return createHmac('sha256', this.key).update(canonicalJson(entry)).digest('hex');
  }

  private headMac(seq: number, hash: string): string {
    return createHmac('sha256', this.key).update(`head\u0000${seq}\u0000${hash}`).digest('hex');
  }

  /** Record one event; resolves with the entry written (after fsync). */
  append(event: AuditEvent): Promise<AuditEntry> {
    const checked = AuditEventSchema.safeParse(event);
    if (!checked.success) {
      const why = checked.error.issues.map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ');
      return Promise.reject(new Error(`Invalid audit event (${why}).`));
    }
    const parsed = checked.data;
    const run = this.queue.then(() => this.withLock(() => this.appendNow(parsed)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private withLock<T>(fn: () => T): T {
    let fd: number | undefined;
    for (let attempt = 0; fd === undefined; attempt++) {
      try {
        fd = fs.openSync(this.lockFile, 'wx', 0o600);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        try {
          if (Date.now() - fs.statSync(this.lockFile).mtimeMs > 10_000) fs.rmSync(this.lockFile, { force: true });
        } catch {
          // raced with the holder
        }
        if (attempt > 200) throw new Error('The audit trail is locked by another process.', { cause: err });
        sleepSync(10);
      }
    }
    try {
      return fn();
    } finally {
      fs.closeSync(fd);
      fs.rmSync(this.lockFile, { force: true });
    }
  }

  /** The last complete line of the trail, read from the end of the file. */
  private lastEntry(): AuditEntry | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      const size = fs.fstatSync(fd).size;
      let tail = '';
      for (let window = 4096; ; window *= 4) {
        const start = Math.max(0, size - window);
        const buf = Buffer.alloc(size - start);
        fs.readSync(fd, buf, 0, buf.length, start);
        tail = buf.toString('utf8');
        const lines = tail.split('\n').filter((l) => l.trim());
        if (lines.length >= 2 || start === 0) {
          const last = lines.at(-1);
          return last ? (JSON.parse(last) as AuditEntry) : undefined;
        }
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  private appendNow(event: z.output<typeof AuditEventSchema>): AuditEntry {
    const last = this.lastEntry();
    const body: Omit<AuditEntry, 'mac'> = {
      v: 1,
      seq: last ? last.seq + 1 : 1,
      time: this.now().toISOString(),
      prev: last ? entryHash(last) : GENESIS,
      ...event,
    };
    const entry: AuditEntry = { ...body, mac: this.mac(body) };
    const fd = fs.openSync(this.file, 'a', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify(entry) + '\n');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const hash = entryHash(entry);
    const tmp = this.headFile + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify({ seq: entry.seq, hash, mac: this.headMac(entry.seq, hash) }) + '\n', {
      mode: 0o600,
    });
    fs.renameSync(tmp, this.headFile);
    try {
      this.keys.setSetting?.(AUDIT_PIN_SETTING, { seq: entry.seq, hash });
    } catch {
      // A vault that locked meanwhile: the entry stands; verify only flags a pin ahead of the trail.
    }
    return entry;
  }

  /** Every entry in order (unverified; use verify() for trust). */
  entries(): AuditEntry[] {
    if (!fs.existsSync(this.file)) return [];
    return fs
      .readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AuditEntry);
  }

  /** Check every entry's MAC, the hash chain, the sequence numbers and the head. */
  async verify(): Promise<AuditVerification> {
    await this.queue;
    const problems: AuditProblem[] = [];
    const lines = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8').split('\n') : [];
    if (lines.at(-1) === '') lines.pop();
    let prevHash = GENESIS;
    let expectSeq = 1;
    let count = 0;
    let lastSeq = 0;
    lines.forEach((line, i) => {
      const n = i + 1;
      let entry: AuditEntry;
      try {
        entry = JSON.parse(line) as AuditEntry;
        if (typeof entry !== 'object' || entry === null || typeof entry.mac !== 'string') throw new Error('shape');
      } catch {
        problems.push({ line: n, problem: 'not a valid audit entry (unreadable JSON)' });
        prevHash = sha256Hex(line);
        expectSeq++;
        return;
      }
      count++;
      const { mac, ...body } = entry;
      if (!safeEqualHex(mac, this.mac(body))) {
        problems.push({ line: n, seq: entry.seq, problem: 'MAC mismatch: the entry was edited or forged' });
      }
      if (entry.prev !== prevHash) {
        problems.push({
          line: n,
          seq: entry.seq,
          problem: 'hash chain broken: an entry before this one was removed, inserted or changed',
        });
      }
      if (entry.seq !== expectSeq) {
        problems.push({ line: n, seq: entry.seq, problem: `sequence number ${entry.seq}, expected ${expectSeq}` });
      }
      const rest = AuditEventSchema.safeParse(
        Object.fromEntries(Object.entries(body).filter(([k]) => !['v', 'seq', 'time', 'prev'].includes(k))),
      );
      if (!rest.success) problems.push({ line: n, seq: entry.seq, problem: 'unexpected fields in the entry' });
      prevHash = entryHash(entry);
      expectSeq = (typeof entry.seq === 'number' ? entry.seq : expectSeq) + 1;
      lastSeq = entry.seq;
    });
    // The head file pins the last entry: removing entries at the end is detected.
    let head: { seq?: unknown; hash?: unknown; mac?: unknown } | undefined;
    try {
      head = JSON.parse(fs.readFileSync(this.headFile, 'utf8')) as typeof head;
    } catch {
      head = undefined;
    }
    if (!head) {
      if (lines.length > 0) problems.push({ line: 0, problem: 'the head file is missing or unreadable' });
    } else if (
      typeof head.seq !== 'number' ||
      typeof head.hash !== 'string' ||
      typeof head.mac !== 'string' ||
      !safeEqualHex(head.mac, this.headMac(head.seq, head.hash))
    ) {
      problems.push({ line: 0, problem: 'the head file was altered (MAC mismatch)' });
    } else if (head.seq !== lastSeq || head.hash !== prevHash) {
      problems.push({
        line: 0,
        problem:
          head.seq > lastSeq
            ? `entries at the end were removed (the head records entry ${head.seq}, the file ends at ${lastSeq})`
            : 'the last entry does not match the head (entries were changed or appended without the key)',
      });
    }
    // The vault pins the last entry as well: deleting the trail together with its head is detected.
    const pin = this.keys.getSetting?.(AUDIT_PIN_SETTING) as { seq?: unknown; hash?: unknown } | undefined;
    if (pin && typeof pin.seq === 'number' && typeof pin.hash === 'string') {
      if (pin.seq > lastSeq) {
        problems.push({
          line: 0,
          problem: `entries were removed: the vault records ${pin.seq} entries, the trail ends at ${lastSeq}`,
        });
      } else if (pin.seq === lastSeq && pin.hash !== prevHash) {
        problems.push({ line: 0, problem: 'the last entry does not match the one the vault records' });
      }
    }
    return { ok: problems.length === 0, entries: count, problems };
  }

  /** The trail as JSON Lines (exactly as stored, so the chain can be re-checked elsewhere). */
  exportJsonl(): string {
    return this.entries()
      .map((e) => JSON.stringify(e) + '\n')
      .join('');
  }
}

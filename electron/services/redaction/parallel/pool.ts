// The lane worker as seen from the detection thread: started lazily, one request at a time per
// caller, and never keeping the process alive while idle. If it cannot start or dies, callers
// run the lane in-thread instead: the same recognizers, so the same findings, only slower.
import { Worker } from 'node:worker_threads';
import { unpackFound, type LaneFound, type LaneReady, type LaneReply, type LaneRequest } from './protocol';

/** A recognizer threw inside the worker: the detection must stop, as it would in-thread. */
export class LaneDetectorError extends Error {
  constructor(
    readonly detector: string,
    message: string,
  ) {
    super(message);
    this.name = 'LaneDetectorError';
  }
}

/** The worker is not usable (failed to start, crashed, was closed). */
export class LaneUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaneUnavailable';
  }
}

export type LaneState = 'idle' | 'starting' | 'ready' | 'failed' | 'closed';

/**
 * The worker's entry: from source (tsx), a bootstrap that registers tsx in the worker and loads
 * worker.ts; in the app, the bundle that scripts/build-electron.mjs writes beside main.cjs.
 */
export function defaultWorkerEntry(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-dev.mjs', here) : new URL('./detect-worker.cjs', here);
}

export type { LaneFound };

interface Pending {
  resolve(found: LaneFound): void;
  reject(err: Error): void;
}

export class LaneWorker {
  private worker: Worker | undefined;
  private current: LaneState = 'idle';
  private failure: string | undefined;
  private started: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private done = 0;
  /** Requests waiting for the worker to start. */
  private waiting = 0;

  constructor(private readonly entry: URL = defaultWorkerEntry()) {}

  get state(): LaneState {
    return this.current;
  }

  /** Requests the worker has answered with findings. */
  get served(): number {
    return this.done;
  }

  /** Why the worker is not usable, when it is not. */
  get reason(): string | undefined {
    return this.failure;
  }

  /**
   * Start the worker once; resolves when it has loaded the recognizers, rejects if it cannot. The
   * starting worker does not keep the process alive: ready() waits for it and does.
   */
  start(): Promise<void> {
    if (this.started) return this.started;
    this.current = 'starting';
    this.started = new Promise<void>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(this.entry);
      } catch (err) {
        this.fail(err);
        reject(new LaneUnavailable(this.failure!));
        return;
      }
      this.worker = worker;
      worker.on('message', (msg: LaneReady | LaneReply) => {
        if ('ready' in msg) {
          if (this.current === 'starting') this.current = 'ready';
          // An unref() made before the worker was online does not hold: a worker started for later
          // texts would keep a command-line process alive after its last text.
          this.releaseIfIdle();
          resolve();
          return;
        }
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.forget(msg.id);
        if ('found' in msg) {
          this.done++;
          p.resolve(unpackFound(msg.found));
        } else p.reject(new LaneDetectorError(msg.failed.detector, msg.failed.message));
      });
      worker.on('error', (err) => {
        this.fail(err);
        reject(new LaneUnavailable(this.failure!));
      });
      worker.on('exit', (code) => {
        if (this.current !== 'closed') this.fail(new Error(`the worker exited (code ${code})`));
        reject(new LaneUnavailable(this.failure ?? 'the worker exited'));
      });
      worker.unref();
    });
    // A caller that never waits for the start must not see an unhandled rejection.
    this.started.catch(() => undefined);
    return this.started;
  }

  /**
   * Start the worker if it is not started and wait until it is ready. Unlike start(), this holds the
   * process open meanwhile: the caller may have nothing else keeping it alive.
   */
  async ready(): Promise<void> {
    const started = this.start();
    if (this.current !== 'starting') return started;
    this.waiting++;
    this.worker?.ref();
    try {
      await started;
    } finally {
      this.waiting--;
      this.releaseIfIdle();
    }
  }

  /**
   * Run the named lane recognizers over `text` in the worker. The worker must be ready, or starting:
   * the request then waits for it. With `claim`, the worker shares the names with the calling
   * thread (LaneRequest.claim) and leaves null where the caller took one.
   */
  run(text: string, names: string[], claim?: SharedArrayBuffer): Promise<LaneFound> {
    const worker = this.worker;
    if (this.current === 'starting') return this.ready().then(() => this.run(text, names, claim));
    if (this.current !== 'ready' || !worker) {
      return Promise.reject(new LaneUnavailable(this.failure ?? `the worker is ${this.current}`));
    }
    const id = this.nextId++;
    return new Promise<LaneFound>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keep the process alive while a reply is due (a CLI awaiting it has nothing else pending).
      worker.ref();
      try {
        worker.postMessage((claim ? { id, text, names, claim } : { id, text, names }) satisfies LaneRequest);
      } catch (err) {
        this.forget(id);
        reject(new LaneUnavailable(err instanceof Error ? err.message : String(err)));
      }
    });
  }

  async close(): Promise<void> {
    this.current = 'closed';
    this.failure = 'the worker was closed';
    this.rejectAll();
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  /** A request is settled: once none is due, the worker no longer keeps the process alive. */
  private forget(id: number): void {
    this.pending.delete(id);
    this.releaseIfIdle();
  }

  /** Once no request is due and no caller waits for the start, the worker lets the process exit. */
  private releaseIfIdle(): void {
    if (this.pending.size === 0 && this.waiting === 0) this.worker?.unref();
  }

  private fail(err: unknown): void {
    if (this.current === 'failed' || this.current === 'closed') return;
    this.current = 'failed';
    this.failure = `The detection worker is not available: ${err instanceof Error ? err.message : String(err)}`;
    this.rejectAll();
  }

  private rejectAll(): void {
    for (const p of this.pending.values()) p.reject(new LaneUnavailable(this.failure ?? 'the worker stopped'));
    this.pending.clear();
    this.worker?.unref();
  }
}

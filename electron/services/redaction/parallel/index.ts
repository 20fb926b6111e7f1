// Splitting one text's detection across two threads: the worker lane (lane.ts) is shared with a
// worker, which takes its recognizers one by one while the calling thread runs the rest, then takes
// what is left. Only for long texts, where the hand-over (copying the text, cloning the findings
// back) is small next to the work.
import type { Recognizer } from '../types';
import { byExpectedCost, inWorkerLane } from './lane';
import { LaneWorker, type LaneFound } from './pool';

export { LaneDetectorError, LaneUnavailable, LaneWorker, type LaneFound, type LaneState } from './pool';

export interface ParallelOptions {
  /** Texts at least this long hand the worker lane to the worker. */
  minChars?: number;
  /**
   * Texts at least this long wait for the worker to start (about half a second, once) rather than
   * run in-thread while it starts.
   */
  waitChars?: number;
  /** The worker to use; default: one shared by every detector in the process. */
  worker?: LaneWorker;
}

export const DEFAULT_PARALLEL_MIN_CHARS = 32_000;
export const DEFAULT_PARALLEL_WAIT_CHARS = 1_000_000;

let shared: LaneWorker | undefined;

/** The process's lane worker (created, not started). */
export function sharedLaneWorker(): LaneWorker {
  return (shared ??= new LaneWorker());
}

/** Work shared with the worker for one text: which recognizers, and their findings to come. */
export interface Offload {
  members: ReadonlySet<Recognizer>;
  /**
   * The members in the order they are taken (the costliest first, so that the two threads end
   * together). The worker takes them one by one from the start; the calling thread takes what is
   * left with take() once its own recognizers are done.
   */
  order: readonly Recognizer[];
  /** The index in `order` of the next member nobody has taken, now taken by the caller; -1 when none is left. */
  take(): number;
  /** Each member's findings in `order` (null for those the caller took). Rejects with LaneDetectorError or LaneUnavailable. */
  found: Promise<LaneFound>;
}

/**
 * Share the worker-lane members of `recognizers` with the worker, or return undefined to run them
 * all in-thread: a short text, no member, a worker that failed, or one still starting for a text
 * that is not worth the wait (that call starts it for the next ones).
 */
export function offload(text: string, recognizers: readonly Recognizer[], opts: ParallelOptions): Offload | undefined {
  if (text.length < (opts.minChars ?? DEFAULT_PARALLEL_MIN_CHARS)) return undefined;
  const order = byExpectedCost(recognizers.filter(inWorkerLane));
  if (order.length === 0) return undefined;
  const worker = opts.worker ?? sharedLaneWorker();
  const names = order.map((r) => r.name);
  const buffer = new SharedArrayBuffer(4);
  const claim = new Int32Array(buffer);
  let found: Promise<LaneFound>;
  if (worker.state === 'ready') {
    found = worker.run(text, names, buffer);
  } else if (worker.state === 'idle' || worker.state === 'starting') {
    worker.start();
    if (text.length < (opts.waitChars ?? DEFAULT_PARALLEL_WAIT_CHARS)) return undefined;
    found = worker.run(text, names, buffer);
  } else {
    return undefined;
  }
  // The caller awaits it after its own recognizers, one of which may throw first.
  found.catch(() => undefined);
  return {
    members: new Set(order),
    order,
    take: () => {
      const i = Atomics.add(claim, 0, 1);
      return i < order.length ? i : -1;
    },
    found,
  };
}

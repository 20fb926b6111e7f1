// Splitting one text's detection across two threads: the worker lane (lane.ts) runs in a worker
// while the calling thread runs the rest. Only for long texts, where the hand-over (copying the
// text, cloning the findings back) is small next to the work.
import type { Candidate, Recognizer } from '../types';
import { inWorkerLane } from './lane';
import { LaneWorker } from './pool';

export { LaneDetectorError, LaneUnavailable, LaneWorker, type LaneState } from './pool';

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

/** Work handed to the worker for one text: which recognizers, and their findings to come. */
export interface Offload {
  members: ReadonlySet<Recognizer>;
  /** Each member's findings in `recognizers` order. Rejects with LaneDetectorError or LaneUnavailable. */
  found: Promise<Candidate[][]>;
}

/**
 * Hand the worker-lane members of `recognizers` to the worker, or return undefined to run them all
 * in-thread: a short text, no member, a worker that failed, or one still starting for a text that
 * is not worth the wait (that call starts it for the next ones).
 */
export function offload(text: string, recognizers: readonly Recognizer[], opts: ParallelOptions): Offload | undefined {
  if (text.length < (opts.minChars ?? DEFAULT_PARALLEL_MIN_CHARS)) return undefined;
  const members = recognizers.filter(inWorkerLane);
  if (members.length === 0) return undefined;
  const worker = opts.worker ?? sharedLaneWorker();
  const names = members.map((r) => r.name);
  let found: Promise<Candidate[][]>;
  if (worker.state === 'ready') {
    found = worker.run(text, names);
  } else if (worker.state === 'idle' || worker.state === 'starting') {
    worker.start();
    if (text.length < (opts.waitChars ?? DEFAULT_PARALLEL_WAIT_CHARS)) return undefined;
    found = worker.run(text, names);
  } else {
    return undefined;
  }
  // The caller awaits it after its own recognizers, one of which may throw first.
  found.catch(() => undefined);
  return { members: new Set(members), found };
}

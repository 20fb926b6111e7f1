// Messages between the detection thread and the lane worker (worker.ts).
import type { Candidate } from '../types';

/** Run the named lane recognizers over `text`. */
export interface LaneRequest {
  id: number;
  text: string;
  names: string[];
  /**
   * A counter shared with the detection thread (one Int32): each thread takes the index of the
   * next name to run with Atomics.add, so whichever thread is free takes the next recognizer.
   * Absent: the worker runs every name.
   */
  claim?: SharedArrayBuffer;
}

/** Each name's findings by index; null for a name the calling thread took (see LaneRequest.claim). */
export type LaneFound = (Candidate[] | null)[];

/** Findings of each name the worker ran, by index; or the first that threw. */
export type LaneReply =
  { id: number; found: LaneFound } | { id: number; failed: { detector: string; message: string } };

/** Sent once, when the worker has loaded the recognizers. */
export interface LaneReady {
  ready: true;
}

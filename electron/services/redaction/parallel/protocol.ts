// Messages between the detection thread and the lane worker (worker.ts).
import type { Candidate } from '../types';

/** Run the named lane recognizers over `text`. */
export interface LaneRequest {
  id: number;
  text: string;
  names: string[];
}

/** Each named recognizer's findings, in the order asked; or the first one that threw. */
export type LaneReply =
  { id: number; found: Candidate[][] } | { id: number; failed: { detector: string; message: string } };

/** Sent once, when the worker has loaded the recognizers. */
export interface LaneReady {
  ready: true;
}

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

/** Findings of each name the worker ran, by index (packed); or the first that threw. */
export type LaneReply =
  { id: number; found: PackedFound } | { id: number; failed: { detector: string; message: string } };

/**
 * LaneFound as numbers and a few strings. Cloning ~10,000 finding objects one by one cost about
 * 20 ms per MB of text on each side, on the calling thread while it waits; the numbers are
 * transferred instead (their buffer moves, nothing is copied) and the objects made again.
 */
export interface PackedFound {
  /** Per name: how many findings, or -1 for null. */
  counts: Int32Array;
  /** Per finding, FIELDS numbers: start, end, score, type, subtype (-1: none), source, validated, labelled. */
  numbers: Float64Array;
  /** The strings that type, subtype and source index. */
  strings: string[];
}

const FIELDS = 8;
/** `validated` (and `labelled`) absent, true, false. */
const VALIDATED: readonly (boolean | undefined)[] = [undefined, true, false];

export function packFound(found: LaneFound): PackedFound {
  let total = 0;
  for (const list of found) total += list ? list.length : 0;
  const counts = new Int32Array(found.length);
  const numbers = new Float64Array(total * FIELDS);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  let at = 0;
  found.forEach((list, k) => {
    counts[k] = list ? list.length : -1;
    for (const c of list ?? []) {
      numbers[at] = c.start;
      numbers[at + 1] = c.end;
      numbers[at + 2] = c.score;
      numbers[at + 3] = code(c.type);
      numbers[at + 4] = c.subtype === undefined ? -1 : code(c.subtype);
      numbers[at + 5] = code(c.source);
      numbers[at + 6] = VALIDATED.indexOf(c.validated);
      numbers[at + 7] = VALIDATED.indexOf(c.labelled);
      at += FIELDS;
    }
  });
  return { counts, numbers, strings };
}

export function unpackFound(packed: PackedFound): LaneFound {
  const { counts, numbers, strings } = packed;
  const found: LaneFound = [];
  let at = 0;
  for (const count of counts) {
    if (count < 0) {
      found.push(null);
      continue;
    }
    const list: Candidate[] = [];
    for (let j = 0; j < count; j++, at += FIELDS) {
      const start = numbers[at]!;
      const end = numbers[at + 1]!;
      const score = numbers[at + 2]!;
      const type = strings[numbers[at + 3]!] as Candidate['type'];
      const subtype = numbers[at + 4]!;
      const source = strings[numbers[at + 5]!] as Candidate['source'];
      const validated = VALIDATED[numbers[at + 6]!];
      const labelled = VALIDATED[numbers[at + 7]!];
      // The keys in the order the recognizers write them.
      const c: Candidate =
        subtype >= 0
          ? { start, end, type, subtype: strings[subtype]!, score, source }
          : { start, end, type, score, source };
      if (validated !== undefined) c.validated = validated;
      if (labelled !== undefined) c.labelled = labelled;
      list.push(c);
    }
    found.push(list);
  }
  return found;
}

/** Sent once, when the worker has loaded the recognizers. */
export interface LaneReady {
  ready: true;
}

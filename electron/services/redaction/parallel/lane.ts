// Which recognizers a second thread can take over for a long text: the shape, checksum and secret
// detectors, addresses, postcodes, coordinates and record fields. The names and places, which share
// one tokenization of the text, stay on the calling thread with the injection check; either thread
// takes what is left of the lane when done, so the split need not be even. A recognizer here must be
// a pure function of the text, since it runs in another isolate with its own module state.
import { FIELDS_RECOGNIZER } from '../fields';
import { ADDRESS_RECOGNIZER, COORDINATES_RECOGNIZER, POSTCODE_RECOGNIZER } from '../location';
import { PATTERN_RECOGNIZERS } from '../patterns';
import { SECRET_RECOGNIZERS } from '../secrets';
import { STRUCTURED_RECOGNIZERS } from '../structured';
import type { Recognizer } from '../types';

export const WORKER_LANE: readonly Recognizer[] = [
  ...STRUCTURED_RECOGNIZERS,
  ...PATTERN_RECOGNIZERS,
  ...SECRET_RECOGNIZERS,
  ADDRESS_RECOGNIZER,
  POSTCODE_RECOGNIZER,
  COORDINATES_RECOGNIZER,
  FIELDS_RECOGNIZER,
];

const LANE_BY_NAME: ReadonlyMap<string, Recognizer> = new Map(WORKER_LANE.map((r) => [r.name, r]));

/** The lane's recognizer of this name, if any. */
export function laneRecognizer(name: string): Recognizer | undefined {
  return LANE_BY_NAME.get(name);
}

/** True when `r` is the worker lane's own object (not a caller's recognizer of the same name). */
export function inWorkerLane(r: Recognizer): boolean {
  return LANE_BY_NAME.get(r.name) === r;
}

/**
 * The lane's recognizers from the costliest down, as measured on PII-dense text (npm run bench
 * prints the costs). The worker starts at the top while the calling thread runs its own; when that
 * is done it takes from what is left, so a long last recognizer does not keep one thread waiting.
 */
const COST_ORDER = [
  'id-numbers',
  'phone',
  'street-address',
  'iban',
  'secrets-generic',
  'credit-card',
  'username',
  'date',
  'record-fields',
  'url',
  'postcode',
  'mac-address',
  'ip-address',
  'secrets-providers',
  'travel-ids',
  'email',
];

export function byExpectedCost(members: readonly Recognizer[]): Recognizer[] {
  const rank = (r: Recognizer) => {
    const i = COST_ORDER.indexOf(r.name);
    return i < 0 ? COST_ORDER.length : i;
  };
  return [...members].sort((a, b) => rank(a) - rank(b));
}

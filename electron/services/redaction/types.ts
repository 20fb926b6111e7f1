// Internal contracts between the detection engine and its detectors.
import type { DetectorSource, EntityType } from '../../../shared/entities';

/** A raw finding from one detector, before merging, filtering and thresholds. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  subtype?: string;
  /** 0..1 */
  score: number;
  source: DetectorSource;
  /** True when a checksum or structural validator accepted the value. */
  validated?: boolean;
  /** True when the value stands right after its own label ("SIN: …", "NHS number …"). */
  labelled?: boolean;
}

/**
 * A synchronous, pure detector over the whole text. It must not throw on any string
 * (lone surrogates, huge lines) and must run in roughly linear time: no catastrophic
 * backtracking on 10 MB input.
 */
export interface Recognizer {
  /** Stable name, for tests and debugging. */
  readonly name: string;
  readonly types: readonly EntityType[];
  detect(text: string): Candidate[];
}

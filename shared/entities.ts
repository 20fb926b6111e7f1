// Entity vocabulary shared by the detection engine, the IPC contract and the UI.

export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'LOCATION',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'ID_NUMBER',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'URL',
  'DATE',
  'CRYPTO_WALLET',
  'SECRET',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Which detector produced an entity. `pattern` = regex + validation, `ner` = the model. */
export type DetectorSource = 'pattern' | 'secret' | 'ner' | 'custom' | 'deny-list' | 'manual';

export interface Entity {
  /** UTF-16 offset into the original string, inclusive. */
  start: number;
  /** UTF-16 offset into the original string, exclusive. */
  end: number;
  type: EntityType;
  /** e.g. US_SSN, UK_NINO, AWS, JWT, VISA. */
  subtype?: string;
  /** 0..1 */
  score: number;
  source: DetectorSource;
  /** text.slice(start, end) */
  text: string;
  /** True when a checksum or structural validator accepted the value. */
  validated?: boolean;
}

export type InjectionKind =
  'instruction-override' | 'role-marker' | 'prompt-exfiltration' | 'hidden-text' | 'encoded-payload';

export interface InjectionFinding {
  start: number;
  end: number;
  kind: InjectionKind;
  score: number;
  text: string;
  /** One readable sentence for the UI. */
  description: string;
}

export interface InjectionReport {
  /** 0..1, the strongest finding's score (0 when none). */
  score: number;
  findings: InjectionFinding[];
}

export interface DetectionResult {
  entities: Entity[];
  injection: InjectionReport;
  /** False when the NER model was requested but could not run; `nerError` says why. */
  nerAvailable: boolean;
  nerError?: string;
  /** Wall time of detection in milliseconds. */
  ms: number;
}

export interface TermList {
  /** Exact terms (case-insensitive). */
  terms?: string[];
  /** Regular expression sources (case-insensitive, Unicode). */
  patterns?: string[];
}

export interface CustomRecognizer {
  name: string;
  /** Regular expression source; matched with flags `gu` plus `flags`. */
  pattern: string;
  flags?: string;
  type: EntityType;
  subtype?: string;
  /** Default 0.8 */
  score?: number;
  /** Words that, near a match, raise its score. */
  contextWords?: string[];
}

export interface DetectOptions {
  /** Run the NER model (default true). */
  ner?: boolean;
  /** Types to report; default all. */
  enabledTypes?: EntityType[];
  /** Minimum score to report (default 0.5). */
  threshold?: number;
  perTypeThreshold?: Partial<Record<EntityType, number>>;
  /** Terms and patterns never reported. */
  allowList?: TermList;
  /** Terms and patterns always reported, as `type` (default SECRET, subtype DENY_LIST). */
  denyList?: TermList & { type?: EntityType };
  customRecognizers?: CustomRecognizer[];
  /** Run the injection check (default true). */
  injection?: boolean;
}

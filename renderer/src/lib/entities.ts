// Entity display helpers shared by the editor, the review list and the answer view.
import type { EntityType } from '../../../shared/entities';

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  LOCATION: 'Location',
  EMAIL: 'Email',
  PHONE: 'Phone',
  CREDIT_CARD: 'Card number',
  IBAN: 'IBAN',
  ID_NUMBER: 'ID number',
  IP_ADDRESS: 'IP address',
  MAC_ADDRESS: 'MAC address',
  URL: 'URL',
  DATE: 'Date',
  CRYPTO_WALLET: 'Crypto wallet',
  SECRET: 'Secret',
};

/** Legend groups: one colour each, so the legend stays short. */
export const LEGEND: { label: string; type: EntityType }[] = [
  { label: 'Person', type: 'PERSON' },
  { label: 'Organisation', type: 'ORG' },
  { label: 'Location', type: 'LOCATION' },
  { label: 'Contact', type: 'EMAIL' },
  { label: 'Financial', type: 'CREDIT_CARD' },
  { label: 'ID number', type: 'ID_NUMBER' },
  { label: 'Network', type: 'IP_ADDRESS' },
  { label: 'Secret', type: 'SECRET' },
  { label: 'Date', type: 'DATE' },
];

export function entClass(type: string): string {
  return `ent ent-${type}`;
}

/** Splits `text` into plain runs and marked runs for the given non-overlapping spans. */
export function segments<T extends { start: number; end: number }>(
  text: string,
  spans: readonly T[],
): { text: string; span?: T }[] {
  const out: { text: string; span?: T }[] = [];
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < cursor || s.end > text.length) continue;
    if (s.start > cursor) out.push({ text: text.slice(cursor, s.start) });
    out.push({ text: text.slice(s.start, s.end), span: s });
    cursor = s.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}

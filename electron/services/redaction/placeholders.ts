// Replaces detected values with placeholders and remembers how to restore them.
// Within one conversation the same value always gets the same placeholder, so the model
// can refer to "[[PERSON_1]]" consistently across turns.
import type { Entity, EntityType } from '../../../shared/entities';
import { formatPlaceholder, type PlaceholderEntry, type PlaceholderMap } from '../../../shared/placeholders';

/** Values that differ only in case, width or spacing are the same value. */
function normalise(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export class PlaceholderSession {
  private readonly byValue = new Map<string, string>();
  private readonly counters = new Map<EntityType, number>();
  private readonly entries: PlaceholderMap = {};

  /** Continue a conversation from its saved map. */
  constructor(saved?: PlaceholderMap) {
    if (!saved) return;
    for (const entry of Object.values(saved)) {
      this.entries[entry.placeholder] = { ...entry };
      this.byValue.set(`${entry.type}\u0000${normalise(entry.original)}`, entry.placeholder);
      const n = Number(/_(\d+)\]\]$/.exec(entry.placeholder)?.[1] ?? 0);
      this.counters.set(entry.type, Math.max(this.counters.get(entry.type) ?? 0, n));
    }
  }

  /**
   * The placeholder for `original`, creating one if needed. `avoid` is the text being redacted:
   * a placeholder that already occurs literally in it is skipped, so restoration can't be fooled.
   */
  placeholderFor(type: EntityType, original: string, avoid = ''): string {
    const key = `${type}\u0000${normalise(original)}`;
    const known = this.byValue.get(key);
    if (known) return known;
    let n = this.counters.get(type) ?? 0;
    let placeholder: string;
    do {
      n += 1;
      placeholder = formatPlaceholder(type, n);
    } while (avoid.includes(placeholder));
    this.counters.set(type, n);
    this.byValue.set(key, placeholder);
    this.entries[placeholder] = { placeholder, type, original };
    return placeholder;
  }

  /** The name type (see NAME_TYPES) this conversation already gave `original`, if any. */
  nameTypeOf(original: string): EntityType | undefined {
    const value = normalise(original);
    return NAME_TYPES.find((t) => this.byValue.has(`${t}\u0000${value}`));
  }

  entry(placeholder: string): PlaceholderEntry | undefined {
    const e = this.entries[placeholder];
    return e && { ...e };
  }

  /** A copy of every placeholder this conversation has used. */
  get map(): PlaceholderMap {
    return Object.fromEntries(Object.entries(this.entries).map(([k, v]) => [k, { ...v }]));
  }
}

/**
 * Types a model may confuse for one name: "Klaus Meyer" tagged PERSON in one sentence and LOCATION
 * in the next is one value, and gets one placeholder. In order of preference on a tie.
 */
const NAME_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOCATION'];

/**
 * For each value tagged with a name type in `entities`: the type its placeholder takes. That is the
 * type the conversation already gave it, else the type it has most often in this text.
 */
function nameTypesByValue(
  text: string,
  entities: readonly Pick<Entity, 'start' | 'end' | 'type'>[],
  session: PlaceholderSession,
): Map<string, EntityType> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const e of entities) {
    if (!NAME_TYPES.includes(e.type)) continue;
    const value = normalise(text.slice(e.start, e.end));
    const byType = counts.get(value) ?? new Map<EntityType, number>();
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    counts.set(value, byType);
  }
  const chosen = new Map<string, EntityType>();
  for (const [value, byType] of counts) {
    const known = session.nameTypeOf(value);
    if (known) {
      chosen.set(value, known);
      continue;
    }
    let best: EntityType | undefined;
    for (const t of NAME_TYPES) if ((byType.get(t) ?? 0) > (best ? byType.get(best)! : 0)) best = t;
    chosen.set(value, best!);
  }
  return chosen;
}

export interface Redaction {
  redacted: string;
  /** Only the placeholders used in this text. */
  map: PlaceholderMap;
}

/**
 * Replace `entities` (non-overlapping after merging; overlapping ones are skipped defensively)
 * in `text` with placeholders from `session`.
 */
export function applyPlaceholders(
  text: string,
  entities: readonly Pick<Entity, 'start' | 'end' | 'type'>[],
  session: PlaceholderSession,
): Redaction {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const nameTypes = nameTypesByValue(text, sorted, session);
  const parts: string[] = [];
  const map: PlaceholderMap = {};
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end <= e.start || e.end > text.length) continue;
    const original = text.slice(e.start, e.end);
    const type = (NAME_TYPES.includes(e.type) && nameTypes.get(normalise(original))) || e.type;
    const placeholder = session.placeholderFor(type, original, text);
    parts.push(text.slice(cursor, e.start), placeholder);
    map[placeholder] = session.entry(placeholder)!;
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return { redacted: parts.join(''), map };
}

// An answer with its restored values subtly marked (dotted underline in the entity's colour,
// with the placeholder it came from as a tooltip), so the user sees what was put back locally.
import type { PlaceholderMap } from '../../../shared/placeholders';
import { entClass } from '../lib/entities';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function AnswerView({ text, map, streaming }: { text: string; map: PlaceholderMap; streaming?: boolean }) {
  const entries = Object.values(map).filter((e) => e.original.trim().length > 0);
  if (entries.length === 0 || !text) return <div className={`answer${streaming ? ' cursor' : ''}`}>{text}</div>;
  const byOriginal = new Map(entries.map((e) => [e.original, e]));
  const re = new RegExp(
    [...byOriginal.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const m of text.matchAll(re)) {
    const e = byOriginal.get(m[0])!;
    if (m.index > cursor) parts.push(text.slice(cursor, m.index));
    parts.push(
      <span key={m.index} className={`${entClass(e.type)} restored`} title={`Restored locally from ${e.placeholder}`}>
        {m[0]}
      </span>,
    );
    cursor = m.index + m[0].length;
  }
  parts.push(text.slice(cursor));
  return <div className={`answer${streaming ? ' cursor' : ''}`}>{parts}</div>;
}

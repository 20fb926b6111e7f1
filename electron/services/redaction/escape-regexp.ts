// A literal string as a regular expression source: word lists compiled into one alternation.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Tab-separated rows: the cells of a row are separate values, whatever the rules read across a tab.
import type { Candidate } from './types';

/**
 * A name, place or firm the rules read across a tab of a tab-separated row is no value: it joins two
 * cells ("Lucía Romero⇥Finance", "72000⇥Paolo Conti" of a salary and a manager). The record rules type
 * each cell by its column. A tab in a line of prose is left alone: a row has two tabs or more.
 */
export function withinTableCells(text: string, found: Candidate[]): Candidate[] {
  if (!text.includes('\t')) return found;
  return found.filter((c) => {
    if (c.source !== 'pattern' || (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'LOCATION')) return true;
    const tab = text.indexOf('\t', c.start);
    if (tab < 0 || tab >= c.end) return true;
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const lineEnd = text.indexOf('\n', c.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    return line.indexOf('\t') === line.lastIndexOf('\t');
  });
}

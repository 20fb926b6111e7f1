// The cells of tables pasted as text, with the header of their column: CSV, TSV, semicolon
// separated and Markdown/pipe tables. A table is a header line whose cells are all field-like
// words, then the lines below it with as many cells (a Markdown rule line is skipped).
import { fieldType } from './keys';

export interface Cell {
  header: string;
  start: number;
  end: number;
}

const DELIMITERS = ['\t', '|', ';', ','] as const;
const HEADER_CELL = /^[\p{L}][\p{L}\p{N} _.#/()-]{0,39}$/u;
const RULE_LINE = /^[ \t]*\|?[ \t]*:?-{2,}/;

interface Span {
  start: number;
  end: number;
}

/** The cells of the line [from, to) split at `d`, trimmed and unquoted, as spans of the text. */
function splitLine(text: string, from: number, to: number, d: string): Span[] {
  const cells: Span[] = [];
  let s = from;
  // A pipe table's line starts and ends with the pipe: no cell before the first or after the last.
  if (d === '|') {
    while (s < to && (text[s] === ' ' || text[s] === '\t')) s++;
    if (text[s] === '|') s++;
    let e = to;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
    if (text[e - 1] === '|') to = e - 1;
  }
  let i = s;
  let quoted = false;
  for (; i <= to; i++) {
    const c = i < to ? text[i] : d;
    if (c === '"' && d !== '|') quoted = !quoted;
    else if (c === d && !quoted) {
      cells.push(trimCell(text, s, i));
      s = i + 1;
    }
  }
  return cells;
}

function trimCell(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e - s >= 2 && text[s] === '"' && text[e - 1] === '"') {
    s++;
    e--;
  }
  return { start: s, end: e };
}

function delimiterOf(line: string): string | undefined {
  for (const d of DELIMITERS) if (line.includes(d)) return d;
  return undefined;
}

/** Every cell under a typed column of every table in `text`. */
export function* tableCells(text: string): Generator<Cell> {
  if (!text.includes('\n')) return;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const d = lineEnd - lineStart <= 600 ? delimiterOf(text.slice(lineStart, lineEnd)) : undefined;
    const headers = d ? headerOf(text, lineStart, lineEnd, d) : undefined;
    if (!headers) {
      lineStart = lineEnd + 1;
      continue;
    }
    // The rows: lines with as many cells, up to the first that has not.
    let rowStart = lineEnd + 1;
    while (rowStart < text.length) {
      const rowEnd = endOfLine(text, rowStart);
      const row = text.slice(rowStart, rowEnd);
      if (d === '|' && RULE_LINE.test(row)) {
        rowStart = rowEnd + 1;
        continue;
      }
      const cells = row.trim() ? splitLine(text, rowStart, rowEnd, d!) : [];
      if (cells.length !== headers.length) break;
      for (let k = 0; k < cells.length; k++) {
        const h = headers[k]!;
        const c = cells[k]!;
        if (h && c.end > c.start) yield { header: h, start: c.start, end: c.end };
      }
      rowStart = rowEnd + 1;
    }
    lineStart = rowStart;
  }
}

function endOfLine(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}

/**
 * The headers of a header line (empty for a column whose name says nothing), or undefined when
 * the line is no header: two or more cells, all field-like words, one at least naming a type.
 */
function headerOf(text: string, from: number, to: number, d: string): string[] | undefined {
  // Most lines with a comma are prose: a cell longer than a field's name rules the line out
  // before it is split.
  if (to - from > 600) return undefined;
  let run = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === d) run = 0;
    else if (++run > 44) return undefined;
  }
  const cells = splitLine(text, from, to, d);
  if (cells.length < 2) return undefined;
  const names: string[] = [];
  let typed = false;
  for (const c of cells) {
    const name = text.slice(c.start, c.end);
    if (!HEADER_CELL.test(name)) return undefined;
    const t = fieldType(name);
    typed ||= t !== undefined;
    names.push(t ? name : '');
  }
  return typed ? names : undefined;
}

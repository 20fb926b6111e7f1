// The string values of pasted SQL INSERT statements, with the column each one goes into:
// INSERT INTO patients (first_name, last_name, dob) VALUES ('Derek', 'Olsen', '1983-11-02'), (...).
// A value is typed by its column the way a table's cell is typed by its header.
import type { Cell } from './tables';

const INSERT =
  /\bINSERT[ \t\r\n]+INTO[ \t\r\n]+[\w."`[\]]{1,128}[ \t\r\n]*\(([^()]{1,2000})\)[ \t\r\n]*VALUES[ \t\r\n]*/gi;
/** The longest string value read; a longer one is no name, place, date or phone number. */
const MAX_VALUE = 200;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** The column names, unquoted: `first_name`, "last name", [dob]. */
function columnsOf(list: string): string[] {
  return list.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

/** Every quoted value of every INSERT ... VALUES row in `text`, with its column's name. */
export function* sqlCells(text: string): Generator<Cell> {
  if (!/insert/i.test(text)) return;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    const columns = columnsOf(m[1]!);
    let i = m.index + m[0].length;
    while (text[i] === '(') {
      i++;
      for (let col = 0; i < text.length; col++) {
        while (isBlank(text[i])) i++;
        if (text[i] === "'") {
          // A quote inside a value is written twice: 'O''Brien'.
          let e = i + 1;
          while (e < text.length && (text[e] !== "'" || text[e + 1] === "'")) e += text[e] === "'" ? 2 : 1;
          if (e >= text.length) return; // unterminated: the rest of the text is inside the string
          const header = columns[col];
          // A long value (a note, a blob) is passed over whole; the rows after it are still read.
          if (header && e > i + 1 && e - i - 1 <= MAX_VALUE) yield { header, start: i + 1, end: e };
          i = e + 1;
        } else {
          // A number, NULL, a function call (NOW(), its parentheses skipped whole): no value of ours.
          let depth = 0;
          for (; i < text.length && text[i] !== '\n'; i++) {
            const c = text[i];
            if (c === '(') depth++;
            else if (c === ')' && depth > 0) depth--;
            else if ((c === ',' || c === ')') && depth === 0) break;
          }
        }
        while (isBlank(text[i])) i++;
        if (text[i] === ',') i++;
        else break;
      }
      if (text[i] !== ')') break;
      i++;
      while (isBlank(text[i])) i++;
      if (text[i] !== ',') break;
      i++;
      while (isBlank(text[i])) i++;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, i);
  }
}

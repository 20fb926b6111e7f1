// Values of pasted records, typed by the name of their field: JSON and YAML ("name": "Hannah
// Schmidt", city: Graz), query strings and logs (first=Nadia&last=Haddad), XML
// (<fullName>Camille Rousseau</fullName>), forms (Date of Birth: 14.02.1988), tables with a
// header row (CSV, TSV, Markdown), SQL INSERT statements and HL7 v2 messages (hl7.ts). keys.ts says
// what a field holds, values.ts whether a value fits.
import { append } from '../append';
import { isBlank } from '../location/chars';
import { isPlainTitle } from '../names/person';
import type { Candidate, Recognizer } from '../types';
import { fieldType, isThingKey, type FieldType } from './keys';
import { plausibleValue } from './values';
import { hl7Fields } from './hl7';
import { sqlCells } from './sql';
import { tableCells } from './tables';

const SCORE: Record<FieldType, number> = {
  PERSON: 0.8,
  LOCATION: 0.8,
  DATE: 0.8,
  PHONE: 0.75,
  ORG: 0.75,
};

const isKeyChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
/** Characters that end an unquoted value. */
const VALUE_END = /[\n\r,;|&<>"'\t]/;
const VALUE_END_EQUALS = /[\s,;|&<>"']/;
const LETTER = /\p{L}/u;
const apostropheInWord = (text: string, i: number) =>
  text[i] === "'" && i > 0 && LETTER.test(text[i - 1]!) && LETTER.test(text[i + 1] ?? '');

/** A quote after '=' and its blanks. */
const QUOTED_AFTER = /^[ \t]*["']/;

function candidate(type: FieldType, start: number, end: number, subtype: string): Candidate {
  return { start, end, type, subtype, score: SCORE[type], source: 'pattern' };
}

/** A title before a person's name in a field ("Patient: Mr. John Smith"), with its period and blanks. */
const LEADING_TITLE = /^(\p{L}+)\.?[ \t]+(?=\p{Lu})/u;

/** Where a person's name starts in a field's value at [start, end): after a title, which is no name. */
function afterTitle(text: string, start: number, end: number): number {
  const m = LEADING_TITLE.exec(text.slice(start, end));
  return m && isPlainTitle(m[1]!.toLowerCase()) ? start + m[0].length : start;
}

/** What may come right before a key: the start of a line or a record, a blank, a delimiter. */
const BEFORE_KEY = /[\s{[(,;&?"'|>*-]/;

/** The key before the separator at `sep`: its words (up to three for ':' on a form), longest first. */
function keysBefore(text: string, sep: number): { key: string; start: number }[] {
  let e = sep;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  // A quoted key is the whole quoted text: "first_name": / 'user name':
  const quote = text[e - 1] === '"' || text[e - 1] === "'" ? text[e - 1]! : '';
  if (quote) {
    const open = text.lastIndexOf(quote, e - 2);
    if (open < 0 || e - 1 - open > 48 || text.slice(open + 1, e - 1).includes('\n')) return [];
    return [{ key: text.slice(open + 1, e - 1), start: open + 1 }];
  }
  const keys: { key: string; start: number }[] = [];
  let s = e;
  for (let words = 0; words < (text[sep] === ':' ? 3 : 1); words++) {
    let w = s;
    while (w > 0 && e - w < 48 && isKeyChar(text.charCodeAt(w - 1))) w--;
    if (w === s || (w > 0 && !BEFORE_KEY.test(text[w - 1]!))) break;
    keys.unshift({ key: text.slice(w, e), start: w });
    // The next word back must be on the same line, one blank away.
    if (w < 2 || !isBlank(text.charCodeAt(w - 1)) || isBlank(text.charCodeAt(w - 2))) break;
    s = w - 1;
  }
  return keys;
}

/**
 * The value after the separator at `sep`: quoted, or up to the end of the line or a delimiter
 * (and, after '=' in a query string or a log line, a blank).
 */
function valueAfter(text: string, sep: number): { start: number; end: number } | undefined {
  const stop = text[sep] === '=' ? VALUE_END_EQUALS : VALUE_END;
  let i = sep + 1;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  const q = text[i];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, i + 1);
    if (close < 0 || close - i > 121 || text.slice(i + 1, close).includes('\n')) return undefined;
    return { start: i + 1, end: close };
  }
  let e = i;
  // An apostrophe inside a word is part of it: "O'CONNELL", "D'Angelo".
  while (e < text.length && e - i <= 120 && (!stop.test(text[e]!) || apostropheInWord(text, e))) e++;
  if (stop === VALUE_END) {
    // The next field of a form written on the same line: "DOB: 02/11/1948  MRN: 00927341".
    const next = NEXT_KEY.exec(text.slice(i, e));
    if (next) e = i + next.index;
  }
  // Nor the sign between it and the next field: "Tel: +33 1 42 68 53 00 / Fax: …".
  while (e > i && /[\s./|–—]/.test(text[e - 1]!)) e--;
  if (stop === VALUE_END_EQUALS && e > i) e = capitalisedWordsAfter(text, i, e);
  return e > i ? { start: i, end: e } : undefined;
}

/**
 * A blank, then a key and its ':' and a blank: the next field on the line ("MRN: …", "Place of
 * birth: …"). A key's later words are in lower case, so "Smith Address:" is a name and a key.
 */
const NEXT_KEY = /[ \t]+(?=\p{L}[\p{L}\p{N}._#-]{0,24}(?:[ \t]\p{Ll}[\p{Ll}._-]{0,24}){0,2}[ \t]?:(?:[ \t]|$))/u;

/** Up to three more capitalised words, then the end of the record's field: a delimiter, a line end or the next key. */
const MORE_CAPITALISED = /^(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}(?=[ \t]*(?:$|[\r\n,;|&])|[ \t]+[A-Za-z_][\w.-]{0,40}=)/u;
const STARTS_CAPITALISED = /^\p{Lu}\p{L}*$/u;

/**
 * An unquoted value after '=' ends at a blank, unless it is a capitalised name of several words that
 * runs to the end of its field: "company=Northwind Traders, city=Seattle", "name=Ana Lima status=open".
 * Not "name=Ana Failed to connect", whose next words are the log's own.
 */
function capitalisedWordsAfter(text: string, start: number, end: number): number {
  if (!STARTS_CAPITALISED.test(text.slice(start, end))) return end;
  const more = MORE_CAPITALISED.exec(text.slice(end, end + 120));
  return more ? end + more[0].length : end;
}

function keyValues(text: string, out: Candidate[]): void {
  for (const sepChar of [':', '=']) {
    for (let sep = text.indexOf(sepChar); sep >= 0; sep = text.indexOf(sepChar, sep + 1)) {
      const next = text[sep + 1];
      // "==", ":=", "https://", "10:30" are no field separators.
      if (next === '=' || next === '/' || (sepChar === ':' && next !== undefined && /\d/.test(text[sep - 1] ?? '')))
        continue;
      // "key=value" of a query string or a log is written without blanks. With blanks it is code or SQL,
      // where only a quoted value is a literal one (`last_name = 'Okonkwo'`, not `city = row.city`).
      const spaced = sepChar === '=' && (isBlank(text.charCodeAt(sep - 1)) || isBlank(text.charCodeAt(sep + 1)));
      if (spaced && !QUOTED_AFTER.test(text.slice(sep + 1, sep + 4))) continue;
      let type: FieldType | undefined;
      let key = '';
      for (const k of keysBefore(text, sep)) {
        // "user name", "file name": a thing's name; the shorter "name" must not be tried.
        if (isThingKey(k.key)) break;
        type = fieldType(k.key);
        if (type) {
          key = k.key;
          break;
        }
      }
      if (!type) continue;
      // A place or organisation in code is mostly a filter's category (`WHERE country = 'Germany'`); a
      // name, a date or a phone number there is someone's.
      if (spaced && (type === 'LOCATION' || type === 'ORG')) continue;
      const v = valueAfter(text, sep);
      if (!v) continue;
      if (plausibleValue(type, key, text.slice(v.start, v.end)))
        out.push(candidate(type, type === 'PERSON' ? afterTitle(text, v.start, v.end) : v.start, v.end, 'FIELD'));
    }
  }
}

const XML_FIELD = /<([A-Za-z][\w.-]{0,40})(?:[ \t][^<>\n]*)?>([^<>\n]{1,120})<\/\1>/g;

function xmlFields(text: string, out: Candidate[]): void {
  if (!text.includes('</')) return;
  XML_FIELD.lastIndex = 0;
  for (let m = XML_FIELD.exec(text); m; m = XML_FIELD.exec(text)) {
    const type = fieldType(m[1]!);
    if (!type) continue;
    const raw = m[2]!;
    const value = raw.trim();
    const start = m.index + m[0].length - m[1]!.length - 3 - raw.length + raw.indexOf(value);
    if (plausibleValue(type, m[1]!, value)) out.push(candidate(type, start, start + value.length, 'FIELD'));
  }
}

function tables(text: string, out: Candidate[]): void {
  for (const [cells, subtype] of [
    [tableCells(text), 'TABLE'],
    [sqlCells(text), 'SQL'],
  ] as const) {
    for (const cell of cells) {
      const type = fieldType(cell.header);
      if (type && plausibleValue(type, cell.header, text.slice(cell.start, cell.end)))
        out.push(candidate(type, cell.start, cell.end, subtype));
    }
  }
}

export const FIELDS_RECOGNIZER: Recognizer = {
  name: 'record-fields',
  types: ['PERSON', 'LOCATION', 'PHONE', 'DATE', 'ORG', 'ID_NUMBER'],
  detect(text) {
    const out: Candidate[] = [];
    keyValues(text, out);
    xmlFields(text, out);
    tables(text, out);
    append(out, hl7Fields(text));
    return out.sort((a, b) => a.start - b.start);
  },
};

// Vietnamese addresses: a house number and street, then the administrative units from the smallest
// up, each after its word: "45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Số 12 Đường Trần
// Phú, Xã Tân Lập, Huyện Đan Phượng, Hà Nội". The street has no type word, and the units' names are
// capitalised words no list holds (read as persons by their shape), so the unit words say it is one.
import type { Candidate } from '../types';

/** The units' words, and their abbreviations with a period ("P. Bến Nghé", "Q. 1", "TP. Hồ Chí Minh"). */
const UNIT = String.raw`(?:Phường|Quận|Huyện|Thị[ \t]xã|Thị[ \t]trấn|Xã|Tỉnh|Thành[ \t]phố|TP\.?|Tp\.?|P\.|Q\.)`;
/** A unit's name: a number ("Quận 1") or capitalised syllables ("Bến Nghé", "Hồ Chí Minh"). */
const NAME = String.raw`(?:\d{1,3}|\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*){0,4})`;
const UNIT_PART = new RegExp(String.raw`${UNIT}[ \t]*${NAME}(?![\p{L}\p{N}])`, 'uy');
/** A city named without its word at the end: "…, Quận 3, Hà Nội". */
const CITY_PART = new RegExp(String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*){1,3}(?![\p{L}\p{N}])`, 'uy');
const COMMA = /[ \t]*,[ \t]*/y;
/** The house number and street before the first unit: "45 Lê Lợi, ", "Số 12 Đường Trần Phú, ", "12/3A Nguyễn Trãi, ". */
const STREET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Ss]ố[ \t]+)?\d{1,4}(?:[/-]\d{1,4})*[A-Z]?[ \t]+(?:(?:Đường|đường|Phố|phố)[ \t]+)?\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*){0,4}[ \t]*,[ \t]*$`,
  'u',
);
/** The words that open a unit, looked for before any regex: most texts hold none. */
const UNIT_WORDS = /Phường|Quận|Huyện|Thị xã|Thị trấn|Xã |Tỉnh|Thành phố/;
/** Where a unit may start: its word, then UNIT_PART reads the rest. */
const UNIT_START = new RegExp(UNIT, 'gu');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Each run of units (two or more, or one after a house number and street) as one address. */
export function vietnameseAddresses(text: string, out: Candidate[]): void {
  if (!UNIT_WORDS.test(text)) return;
  let done = 0;
  UNIT_START.lastIndex = 0;
  for (let m = UNIT_START.exec(text); m; m = UNIT_START.exec(text)) {
    if (m.index < done || (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!))) continue;
    UNIT_PART.lastIndex = m.index;
    if (!UNIT_PART.exec(text)) continue;
    let end = UNIT_PART.lastIndex;
    let units = 1;
    for (;;) {
      COMMA.lastIndex = end;
      if (!COMMA.exec(text)) break;
      const next = COMMA.lastIndex;
      UNIT_PART.lastIndex = next;
      if (UNIT_PART.exec(text)) {
        end = UNIT_PART.lastIndex;
        units++;
        continue;
      }
      CITY_PART.lastIndex = next;
      if (CITY_PART.exec(text)) end = CITY_PART.lastIndex;
      break;
    }
    const street = STREET_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    done = end;
    if (units < 2 && !street) continue;
    const start = street ? m.index - street[0].length : m.index;
    out.push({ start, end, type: 'LOCATION', subtype: 'ADDRESS', score: 0.85, source: 'pattern' });
  }
}

// Russian (and Ukrainian, Belarusian) street addresses: the street's type first, in any case form,
// then its name, then the house and flat: "ул. Тверская, д. 7, кв. 12", "на улице Тверской, дом 7",
// "проспект Мира 15". The house's number is what makes it an address: a street named alone is a place.
import type { Candidate } from '../types';
import { PLACES } from './lexicon';

/** Street types, abbreviated or in their case forms ("улица", "улице", "улицу", "улицы"), also capitalised. */
const TYPES = [
  'ул\\.',
  'улиц[аеуы]',
  'пр-т',
  'пр\\.',
  'просп\\.',
  'проспект[аеу]?',
  'пер\\.',
  'переул(?:ок|ке|ка)',
  'б-р',
  'бульвар[аеу]?',
  'шоссе',
  'наб\\.',
  'набережн(?:ая|ой|ую)',
  'пл\\.',
  'площад[ьи]',
  'вул\\.',
  'вулиц[яіюі]',
];
const TYPE = `(?:${TYPES.map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join('|')})`;
/** The street's name: one to three capitalised words, or a number and a word ("1-я Тверская-Ямская"). */
const NAME = String.raw`(?:\d{1,2}-?[яйе][ \t]+)?\p{Lu}[\p{Ll}-]*(?:[ \t]+\p{Lu}[\p{Ll}-]*){0,2}`;
/** The house: "д. 7", "дом 7", "7" after a comma or a blank, with a building ("к. 2", "стр. 1") and a flat ("кв. 12"). */
const HOUSE = String.raw`(?:,?[ \t]*(?:д\.|дом)[ \t]*|,[ \t]*|[ \t]+)\d{1,4}[а-я]?(?:/\d{1,3}|к\d{1,2})?(?:,?[ \t]*(?:к\.|корп\.|корпус|стр\.|строение)[ \t]*\d{1,3})?(?:,?[ \t]*(?:кв\.|квартира|офис|оф\.)[ \t]*\d{1,4})?`;
/** Or the name first, as an adjective, then the type written out: "на Невском проспекте 28", "Ленинский проспект 15". */
const ADJECTIVE = String.raw`\p{Lu}[\p{Ll}-]*(?:ий|ый|ой|ая|ом|ем|ую|ей)`;
const TYPE_AFTER = String.raw`(?:проспект[аеу]?|бульвар[аеу]?|переул(?:ок|ке|ка)|шоссе|набережн(?:ая|ой|ую)|площад[ьи]|улиц[аеуы]|проезд[аеу]?)`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TYPE}[ \t]*${NAME}|${ADJECTIVE}[ \t]+${TYPE_AFTER})${HOUSE}(?![\p{L}\p{N}])`,
  'gu',
);
/** A town after the house: ", Казань". */
const TOWN_AFTER = /^,[ \t]*(\p{Lu}[\p{Ll}-]+)/u;
/** A street type anywhere, looked for before the full regex: most texts hold none. */
const TYPE_WORDS = new RegExp(`${TYPE}|${TYPE_AFTER}`);

export function russianStreets(text: string, out: Candidate[]): void {
  if (!TYPE_WORDS.test(text)) return;
  STREET.lastIndex = 0;
  for (let m = STREET.exec(text); m; m = STREET.exec(text)) {
    let end = m.index + m[0].length;
    const town = TOWN_AFTER.exec(text.slice(end, end + 40));
    if (town && PLACES.has(town[1]!.toLowerCase())) end += town[0].length;
    out.push({
      start: m.index,
      end,
      type: 'LOCATION',
      subtype: 'ADDRESS',
      score: 0.85,
      source: 'pattern',
    });
  }
}

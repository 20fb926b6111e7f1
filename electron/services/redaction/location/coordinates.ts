// GPS coordinates: a latitude and a longitude pin a place more exactly than an address. Decimal
// pairs ("48.8584° N, 2.2945° E", "40.7128,-74.0060") and degrees-minutes-seconds
// (48°51'30"N 2°17'40"E). A bare pair of decimals is as likely a row of data, so it needs a
// degree sign, a hemisphere letter, a word like "GPS" or "coordinates" near, or a place preposition
// right before it ("near", "at").
import { matchesVia } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';

const DECIMAL =
  /(?<![\d.-])(-?\d{1,2}\.\d{3,8})(°)?[ \t]*([NS])?[ \t]*[,;/][ \t]*(-?\d{1,3}\.\d{3,8})(°)?[ \t]*([EW])?(?!\d|\.\d|[A-Za-z])/gu;
const DECIMAL_LOOSE = /-?\d{1,2}\.\d{3}/g;
const DMS =
  /(?<!\d)(\d{1,2})°[ \t]*(\d{1,2})['′][ \t]*(?:(\d{1,2}(?:\.\d+)?)["″][ \t]*)?([NS])[ \t,;]*(\d{1,3})°[ \t]*(\d{1,2})['′][ \t]*(?:(\d{1,2}(?:\.\d+)?)["″][ \t]*)?([EW])(?![A-Za-z])/gu;
const DMS_LOOSE = /\d{1,2}°/g;
const CONTEXT =
  /\b(?:gps|coordinates?|coords?|lat(?:itude)?|lon(?:gitude)?|lng|geo(?:location)?|location|position|pinned|maps?)\b/i;

/**
 * A pair written with its labels, as records and logs do: "lat=-33.8688, lng=151.2093",
 * "\"lat\": 51.5074, \"lng\": -0.1278", "latitude -33.8688 longitude 151.2093".
 */
const LABELLED =
  /\blat(?:itude)?["']?[ \t]*[:=]?[ \t]*(-?\d{1,2}\.\d{2,8})°?["']?[ \t]*[,;&]?[ \t]*["']?(?:lon(?:gitude)?|lng|long)["']?[ \t]*[:=]?[ \t]*(-?\d{1,3}\.\d{2,8})°?(?![\d.])/giu;
const LABELLED_LOOSE = /lat/gi;

/** A place preposition right before the pair: "meet me at 40.7128,-74.0060", "seen near [-33.8688, 151.2093]". */
const FOUR_DECIMALS = /\.\d{4}/;
const PLACE_WORD_BEFORE = /\b(?:near|at|around|located|spotted)[ \t]*[[(]?[ \t]*$/i;

/** After a preposition alone, only with the four or more decimals of a position (not "values at 12.345, 67.89"). */
function afterPlaceWord(text: string, m: RegExpExecArray): boolean {
  return (
    FOUR_DECIMALS.test(m[1]!) &&
    FOUR_DECIMALS.test(m[4]!) &&
    PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))
  );
}

function candidate(start: number, end: number, score: number): Candidate {
  return { start, end, type: 'LOCATION', subtype: 'GPS', score, source: 'pattern' };
}

function coordinatesDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('.') && !text.includes('°')) return out;
  for (const m of matchesVia(DECIMAL, DECIMAL_LOOSE, text)) {
    const lat = Number(m[1]);
    const lon = Number(m[4]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const marked = !!(m[2] || m[3] || m[5] || m[6]);
    // Hemisphere letters replace the sign: "-48.1° S" is not a coordinate anyone writes.
    if ((m[3] && lat < 0) || (m[6] && lon < 0)) continue;
    const named = marked || CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!named && !afterPlaceWord(text, m)) continue;
    out.push(candidate(m.index, m.index + m[0].length, marked ? 0.85 : named ? 0.75 : 0.7));
  }
  for (const m of matchesVia(LABELLED, LABELLED_LOOSE, text)) {
    if (Math.abs(Number(m[1])) > 90 || Math.abs(Number(m[2])) > 180) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push(candidate(start, m.index + m[0].length, 0.85));
  }
  if (text.includes('°')) {
    for (const m of matchesVia(DMS, DMS_LOOSE, text)) {
      if (Number(m[1]) > 90 || Number(m[5]) > 180 || Number(m[2]) > 59 || Number(m[6]) > 59) continue;
      out.push(candidate(m.index, m.index + m[0].length, 0.85));
    }
  }
  return out;
}

export const COORDINATES_RECOGNIZER: Recognizer = {
  name: 'gps-coordinates',
  types: ['LOCATION'],
  detect: coordinatesDetect,
};

// Travel identifiers after their label: a booking reference (PNR, record locator, confirmation
// code), an airline e-ticket number and a frequent-flyer number; and the traveller's name as
// airlines write it (DOE/JOHN MR). A booking reference and the
// traveller's surname are all an airline's "manage booking" page asks for, so it is as
// identifying as an ID; the shapes alone (six letters and digits) are too common to trust, so
// only a value right after its label counts.
import { allMatches } from '../fast-scan';
import { isCommon } from '../names/lexicon';
import type { Candidate, Recognizer } from '../types';

const PROGRAMMES = String.raw`sky ?miles|aadvantage|mileage ?plus|miles[ \t]*(?:&|and)[ \t]*more|flying[ \t]+blue|executive[ \t]+club|rapid[ \t]+rewards|krisflyer|asia[ \t]+miles|avios`;
const NUMBER_WORD = String.raw`(?:[ \t]+(?:number|no\.?|#|id))?`;

// No leading lookbehind (it would keep the regex engine from skipping ahead): the word boundary
// before a label is checked in code, and the value after the match is read in code too (a failed
// value must not hide a label after it). Group 1 is the label.
const LABELLED = new RegExp(
  String.raw`(booking[ \t]*(?:ref(?:erence)?|code|number|no\.?|#|id)|reservation[ \t]*(?:ref(?:erence)?|code|number|no\.?|#)|confirmation[ \t]*(?:code|number|no\.?|#)|pnr|record[ \t]+locator|frequent[ \t]+fl[iy]er${NUMBER_WORD}|(?:${PROGRAMMES})${NUMBER_WORD}|e-?ticket${NUMBER_WORD}|ticket(?:[ \t]+(?:number|no\.?|#))?)` +
    String.raw`[ \t]*(?:[:#=]|is)?[ \t]*(?=[A-Za-z0-9])`,
  'gi',
);

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const TICKET = /^\d{3}[- ]?\d{10}(?![\d])/;
const CODE = /^[A-Z0-9]{5,12}(?![A-Za-z0-9])/;
const LOYALTY = /^(?:[A-Z0-9]{2} ?)?[A-Z0-9]{6,16}(?![A-Za-z0-9])/;

type Kind = 'BOOKING_REFERENCE' | 'TICKET_NUMBER' | 'FREQUENT_FLYER';

function kindOf(label: string): Kind {
  const l = label.toLowerCase();
  if (l.includes('ticket')) return 'TICKET_NUMBER';
  if (/^(?:booking|reservation|confirmation|pnr|record)/.test(l)) return 'BOOKING_REFERENCE';
  return 'FREQUENT_FLYER';
}

/** The value a label of this kind takes at the start of `rest`, or undefined. */
function valueOf(kind: Kind, rest: string): string | undefined {
  if (kind === 'TICKET_NUMBER') return TICKET.exec(rest)?.[0];
  const v = (kind === 'BOOKING_REFERENCE' ? CODE : LOYALTY).exec(rest)?.[0];
  // Upper case and digits only ("QX7P2M", "BA 48291736"), with a digit unless it is a six-letter
  // code: "Booking reference REQUIRED" or "Frequent flyer PROGRAMME" are prose.
  if (!v || (!/\d/.test(v) && !(kind === 'BOOKING_REFERENCE' && v.length === 6))) return undefined;
  if (/^[A-Z]+$/.test(v) && isCommon(v.toLowerCase())) return undefined; // "Booking reference NEEDED"
  return v;
}

/**
 * A traveller's name as airlines write it, surname/given names and a title: "DOE/JOHN MR",
 * "NGUYEN/THI LAN MRS". Without the title, only after a passenger label ("Passenger: SMITH/ANNA").
 */
const TITLES = 'MR|MRS|MS|MISS|MSTR|DR|MX';
const PASSENGER_NAME = new RegExp(
  String.raw`([A-Z][A-Z'-]{1,30})\/([A-Z][A-Z'-]*(?: (?!(?:${TITLES})(?![A-Za-z]))[A-Z][A-Z'-]*){0,3})(?: ?(${TITLES}))?(?![A-Za-z0-9/])`,
  'g',
);
const PASSENGER_LABEL =
  /(?:passenger|pax|traveller|traveler|passagier|passager|pasajero)(?:[ \t]+name)?s?[ \t]*[:#-]?[ \t]*$/i;

function passengerNames(text: string, out: Candidate[]): void {
  if (!text.includes('/')) return;
  for (const m of allMatches(PASSENGER_NAME, text)) {
    // Not the end of a word or of another slashed pair ("A/DOE/JOHN MR").
    const before = text[m.index - 1] ?? ' ';
    if (before === '/' || WORD_CHAR.test(before)) continue;
    const titled = m[3] !== undefined;
    if (!titled && !PASSENGER_LABEL.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'PERSON',
      subtype: 'PASSENGER_NAME',
      score: titled ? 0.8 : 0.75,
      source: 'pattern',
    });
  }
}

export const travelRecognizer: Recognizer = {
  name: 'travel-ids',
  types: ['ID_NUMBER', 'PERSON'],
  detect(text) {
    const out: Candidate[] = [];
    passengerNames(text, out);
    for (const m of allMatches(LABELLED, text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) continue;
      const label = m[1]!;
      // A bare "ticket" is a label only before an e-ticket's 13 digits ("ticket 125-2345678901").
      const kind = kindOf(label);
      const valueStart = m.index + m[0].length;
      const value = valueOf(kind, text.slice(valueStart, valueStart + 32));
      if (!value) continue;
      out.push({
        start: valueStart,
        end: valueStart + value.length,
        type: 'ID_NUMBER',
        subtype: kind,
        score: 0.8,
        source: 'pattern',
      });
    }
    return out;
  },
};

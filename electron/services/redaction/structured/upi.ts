// UPI payment addresses (India): "name@bank" with no domain after the "@", e.g. "rahul.verma@okaxis"
// or "9876543210@ybl". The part before the "@" is most often a name or a phone number, and the
// address reaches the payer's bank account. Not an e-mail address: the part after the "@" is a
// payment provider's handle, never a dotted domain.
import { matchesAround } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';

/** The handles of the largest UPI apps and banks (lower case). */
const HANDLES = new Set(
  (
    'okaxis okhdfcbank okicici oksbi ybl ibl axl paytm pthdfc ptsbi ptyes ptaxis apl yapl rapl upi ' +
    'icici sbi hdfcbank axisbank axisb kotak kmbl yesbank yesbankltd idfcbank idfcfirst indus pnb ' +
    'barodampay boi cnrb unionbank uboi federal fbl aubank rbl jupiteraxis fam freecharge slice ' +
    'waaxis wahdfcbank wasbi waicici airtel jio ikwik abfspay dbs hsbc citi citigold naviaxis ' +
    'superyes goaxb pingpay postbank mahb kbl kvb equitas indianbank idbi iob ucobank centralbank ' +
    'payzapp mypsb timecosmos tapicici'
  ).split(' '),
);

/** Words that say a value is a UPI address, whatever its handle. */
const CONTEXT = /\b(?:upi|vpa|gpay|google pay|phonepe|paytm|bhim)\b/i;

// The local part: letters, digits, dots, hyphens, underscores; the handle: letters only. Neither
// inside an e-mail address, a URL or a path.
const UPI = /(?<![\w.+@/-])([A-Za-z0-9][A-Za-z0-9._-]{1,63})@([A-Za-z]{2,20})(?![\w@-]|\.[A-Za-z0-9])/g;

export const upiRecognizer: Recognizer = {
  name: 'upi-id',
  types: ['ID_NUMBER'],
  detect(text: string): Candidate[] {
    if (!text.includes('@')) return [];
    const out: Candidate[] = [];
    // Only the words around each '@' are tried: the regex alone would read ahead from every letter.
    for (const m of matchesAround(UPI, '@', text)) {
      const known = HANDLES.has(m[2]!.toLowerCase());
      const near = known || CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30));
      if (!near) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ID_NUMBER',
        subtype: 'IN_UPI',
        score: known ? 0.85 : 0.7,
        source: 'pattern',
      });
    }
    return out;
  },
};

// Researcher identifiers: the ORCID iD (16 characters in four groups, the last an ISO 7064 MOD 11-2
// check character, 0-9 or X). Every iD issued starts 0000-000, which no card number does.
import { idRecognizer, TIER, type Verdict } from './define';

/** ISO 7064 MOD 11-2 over the first fifteen digits; 10 is written X. */
function orcidCheck(c: string): string {
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + (c.charCodeAt(i) - 48)) * 2;
  const check = (12 - (total % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function orcid(c: string): Verdict | null {
  if (c.length !== 16 || !/^0000000[0-9]{8}[0-9X]$/.test(c)) return null;
  return c[15] === orcidCheck(c) ? TIER.strong : null;
}

export const RESEARCH_RECOGNIZERS = [
  idRecognizer({
    subtype: 'ORCID',
    labels: ['orcid', 'orcid id', 'orcid ids'],
    pattern: '[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]',
    validate: orcid,
    context: ['orcid', 'orcid id', 'researcher id', 'author id'],
  }),
];

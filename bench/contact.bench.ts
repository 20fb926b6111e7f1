// Throughput of the contact, financial and network recognizers (EMAIL, PHONE, CREDIT_CARD, IBAN,
// IP, MAC, URL, DATE, CRYPTO_WALLET) on ~10 MB inputs: ordinary prose, prose dense with values,
// and hostile shapes (long digit, dot, colon and '@' runs). Figures are printed, never asserted.
import { CONTACT_RECOGNIZERS } from '../electron/services/redaction/contact';

const PROSE =
  'The quarterly review covered twelve projects, three new hires and a budget that was approved in March. ' +
  'Everyone agreed the roadmap looked realistic, although the team asked for more time on testing. ';
const DENSE =
  'Mail ana.silva+work@example.co.uk or call +44 20 7946 0958, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, ' +
  'host 192.168.0.1 / fe80::1, mac 00:1A:2B:3C:4D:5E, see https://acme.example.com/a?b=1 on 2021-05-21. ';

export async function run(): Promise<void> {
  const size = 10_000_000;
  const fill = (s: string) => s.repeat(Math.ceil(size / s.length));
  const inputs: Record<string, string> = {
    prose: fill(PROSE),
    dense: fill(DENSE),
    digits: fill('1234567890'),
    'space digits': fill('12 34 '),
    dots: fill('a.b1.'),
    colons: fill('f:'),
    at: fill('a@b.'),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const line: string[] = [];
    const t0 = performance.now();
    let reported = 0;
    for (const r of CONTACT_RECOGNIZERS) {
      const t = performance.now();
      for (const c of r.detect(text)) if (c.score >= 0.5) reported++;
      line.push(`${r.name.replace('contact:', '')} ${(performance.now() - t).toFixed(0)}`);
    }
    const ms = performance.now() - t0;
    console.log(
      `contact ${name.padEnd(12)} ${(text.length / 1e6).toFixed(1)} MB  ${ms.toFixed(0)} ms  ` +
        `${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s  reported ${reported}  [ms: ${line.join(', ')}]`,
    );
  }
}

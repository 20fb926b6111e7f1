// Contact, financial and network recognizers: valid and broken checksums, formats, context,
// offsets and the things that look like them but are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardIssuer, isCardNumber } from '../../../electron/services/redaction/contact/card';
import { eip55Valid } from '../../../electron/services/redaction/contact/crypto';
import { validDate } from '../../../electron/services/redaction/contact/date';
import {
  CONTACT_RECOGNIZERS,
  creditCardRecognizer,
  cryptoWalletRecognizer,
  dateRecognizer,
  emailRecognizer,
  ibanRecognizer,
  ipRecognizer,
  macRecognizer,
  phoneRecognizer,
  urlRecognizer,
} from '../../../electron/services/redaction/contact';
import type { Recognizer } from '../../../electron/services/redaction/types';

const THRESHOLD = 0.5;

/** What a recognizer reports at the engine's default threshold, in text order. */
const found = (r: Recognizer, text: string) =>
  r
    .detect(text)
    .filter((c) => c.score >= THRESHOLD)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end));

const subtypes = (r: Recognizer, text: string) =>
  r
    .detect(text)
    .sort((a, b) => a.start - b.start)
    .map((c) => c.subtype);

describe('contact: EMAIL', () => {
  it('finds dotted, plus-tagged, sub-domain, IDN, punycode and IP-literal addresses', () => {
    const text =
      'Write to ana.silva+work@mail.example.co.uk, user@会社.jp or a@xn--d1acufc.xn--p1ai; ssh user@192.168.1.100.';
    assert.deepEqual(found(emailRecognizer, text), [
      'ana.silva+work@mail.example.co.uk',
      'user@会社.jp',
      'a@xn--d1acufc.xn--p1ai',
      'user@192.168.1.100',
    ]);
  });
  it('leaves out quotes, brackets and sentence punctuation', () => {
    assert.deepEqual(found(emailRecognizer, "email='bob@example.com'. (o'neil@example.org)!"), [
      'bob@example.com',
      "o'neil@example.org",
    ]);
    assert.deepEqual(found(emailRecognizer, 'Quoted: "john smith"@example.com'), ['"john smith"@example.com']);
  });
  it('rejects domains without a real TLD, unfinished domains and URL credentials', () => {
    assert.deepEqual(found(emailRecognizer, 'info@presidio. and x@y.notatld and @handle and a@b'), []);
    assert.deepEqual(found(emailRecognizer, 'clone https://deploy:s3cret@git.example.com/repo.git'), []);
    assert.deepEqual(found(emailRecognizer, 'bad .dot.@example.com and double..dot@example.com'), []);
  });
});

describe('contact: CREDIT_CARD', () => {
  it('knows the issuer ranges', () => {
    const cases: [string, string][] = [
      ['4111111111111111', 'VISA'],
      ['5555555555554444', 'MASTERCARD'],
      ['2223003122003222', 'MASTERCARD'],
      ['378282246310005', 'AMEX'],
      ['6011111111111117', 'DISCOVER'],
      ['30569309025904', 'DINERS'],
      ['3530111333300000', 'JCB'],
      ['6200000000000005', 'UNIONPAY'],
      ['6759649826438453', 'MAESTRO'],
    ];
    for (const [n, issuer] of cases) {
      assert.equal(isCardNumber(n), true, n);
      assert.equal(cardIssuer(n), issuer, n);
    }
    assert.equal(isCardNumber('4111111111111112'), false);
    assert.equal(isCardNumber('0000000000000000'), false);
  });
  it('finds compact, spaced, dashed and dotted numbers with their issuer', () => {
    const text =
      '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881 and amex 3782 822463 10005, 5555.5555.5555.4444';
    assert.deepEqual(found(creditCardRecognizer, text), [
      '4012888888881881',
      '4012-8888-8888-1881',
      '4012 8888 8888 1881',
      '3782 822463 10005',
      '5555.5555.5555.4444',
    ]);
    assert.deepEqual(subtypes(creditCardRecognizer, 'pay with 378282246310005 or 5555555555554444'), [
      'AMEX',
      'MASTERCARD',
    ]);
  });
  it('never reports a number that fails Luhn', () => {
    const text = 'card 4012 8888 8888 1882, 4111111111111112, 5555-5555-5555-4445';
    assert.deepEqual(creditCardRecognizer.detect(text), []);
  });
  it('keeps the card and drops a trailing expiry or suffix', () => {
    assert.deepEqual(found(creditCardRecognizer, 'card 4111 1111 1111 1111 12/25'), ['4111 1111 1111 1111']);
    assert.deepEqual(found(creditCardRecognizer, 'Order #4532015112830366-001 paid'), ['4532015112830366']);
  });
  it('needs card words for a Luhn-valid number outside the card ranges', () => {
    assert.deepEqual(found(creditCardRecognizer, 'ref 213176828496175'), []);
    assert.deepEqual(found(creditCardRecognizer, 'my card 213176828496175 is lost'), ['213176828496175']);
  });
  it('does not take mixed separators, pieces of IBANs or longer digit runs', () => {
    assert.deepEqual(found(creditCardRecognizer, '4012-8888 8888.1881'), []);
    assert.deepEqual(found(creditCardRecognizer, 'BR97 0036 A305 0000 1000 9795 493P 1'), []);
    assert.deepEqual(found(creditCardRecognizer, '41111111111111110000 and 1.4111111111111111'), []);
  });
  it('lowers the score next to IMEI or tracking words', () => {
    const [imei] = creditCardRecognizer.detect('IMEI 356938035643809');
    assert.ok(imei && imei.score < THRESHOLD);
  });
});

describe('contact: IBAN', () => {
  it('validates any country, compact or grouped, with the country as subtype', () => {
    const text =
      'DE89 3704 0044 0532 0130 00, GB82WEST12345698765432, FR14 2004 1010 0505 0001 3M02 606, BR97 0036 0305 0000 1000 9795 493P 1 and nl91-abna-0417-1643-00';
    assert.deepEqual(found(ibanRecognizer, text), [
      'DE89 3704 0044 0532 0130 00',
      'GB82WEST12345698765432',
      'FR14 2004 1010 0505 0001 3M02 606',
      'BR97 0036 0305 0000 1000 9795 493P 1',
      'nl91-abna-0417-1643-00',
    ]);
    assert.deepEqual(subtypes(ibanRecognizer, text), ['DE', 'GB', 'FR', 'BR', 'NL']);
  });
  it('never reports an IBAN failing mod-97, its length or its BBAN format', () => {
    const text = 'DE89 3704 0044 0532 0130 01, GB82WEST1234569876543, AL47 212A 1009 0000 0002 3569 8741, XX12 3456';
    assert.deepEqual(ibanRecognizer.detect(text), []);
  });
  it('stops at the country length instead of swallowing the next word or number', () => {
    assert.deepEqual(found(ibanRecognizer, 'GB82 WEST 1234 5698 7654 32 AND MORE'), ['GB82 WEST 1234 5698 7654 32']);
    assert.deepEqual(found(ibanRecognizer, 'DE89370400440532013000123'), []);
  });
});

describe('contact: PHONE', () => {
  it('finds international numbers in many notations', () => {
    const text = 'Call +44 20 7946 0958, +1 (415) 555-2671, +41 (0)71 526 99 04, 0049 30 901820 or +33 1 42 68 53 00.';
    assert.deepEqual(found(phoneRecognizer, text), [
      '+44 20 7946 0958',
      '+1 (415) 555-2671',
      '+41 (0)71 526 99 04',
      '0049 30 901820',
      '+33 1 42 68 53 00',
    ]);
  });
  it('finds US numbers with extensions and national numbers with a trunk prefix', () => {
    assert.deepEqual(found(phoneRecognizer, 'Desk (415) 555-2671 x204, fax 415.555.2672 ext. 9'), [
      '(415) 555-2671 x204',
      '415.555.2672 ext. 9',
    ]);
    assert.deepEqual(found(phoneRecognizer, 'Ring 020 7946 0958 or 030 901820'), ['020 7946 0958', '030 901820']);
  });
  it('finds other groupings when a phone word is near', () => {
    assert.deepEqual(found(phoneRecognizer, 'Mobile: 0341 8387176\nDesk: 5403926876'), ['0341 8387176', '5403926876']);
    assert.deepEqual(found(phoneRecognizer, '416 60 039 office'), ['416 60 039']);
    assert.deepEqual(found(phoneRecognizer, 'They are not answering at 699 956 915'), ['699 956 915']);
  });
  it('ignores dates, years, IPs, cards, SSNs, amounts, versions and IBAN pieces', () => {
    const text =
      'On 2021-05-21 and 12/05/2021 at 10.0.0.1 in 1999 2000 2001 we paid 1.234.567 EUR, SSN 123-45-6789, card 4111 1111 1111 1111, v3.14159265, DE89 A704 0044 0532 0130 00, ISBN 978-3-16-148410-0';
    assert.deepEqual(found(phoneRecognizer, text), []);
  });
  it('does not report bare digit runs without a phone word', () => {
    assert.deepEqual(found(phoneRecognizer, 'Ticket 1234 5678 9012 and ID 5321234567'), []);
  });
});

describe('contact: IP_ADDRESS', () => {
  it('finds IPv4 with CIDR and IPv6 in compressed, mapped and zoned forms', () => {
    assert.deepEqual(found(ipRecognizer, 'hosts 192.168.0.1 and 10.0.0.0/8.'), ['192.168.0.1', '10.0.0.0/8']);
    assert.deepEqual(
      found(ipRecognizer, 'ip 2001:db8::1, fe80::1%eth0, 2001:0db8:85a3:0000:0000:8a2e:0370:7334 and ::1/128'),
      ['2001:db8::1', 'fe80::1%eth0', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '::1/128'],
    );
    const mapped = found(ipRecognizer, 'mapped ::ffff:192.0.2.1 here');
    assert.ok(mapped.includes('::ffff:192.0.2.1'));
  });
  it('rejects invalid octets, version strings, OIDs and times', () => {
    assert.deepEqual(found(ipRecognizer, 'v1.2.3.4 and 1.2.3.4.5 and 256.1.1.1 and 1.3.6.1.4.1 at 12:30:45'), []);
  });
  it('scores version-like contexts and code slices low', () => {
    assert.deepEqual(found(ipRecognizer, 'upgrade to release 10.2.0.1 now'), []);
    assert.deepEqual(found(ipRecognizer, 'items[::2] and std::vector'), []);
  });
});

describe('contact: MAC_ADDRESS', () => {
  it('finds colon, dash and Cisco dotted forms, not broadcast or pieces of longer runs', () => {
    assert.deepEqual(
      found(
        macRecognizer,
        '00:1A:2B:3C:4D:5E, 0d-B3-4a-6A-d9-cF, mac 0012.3456.789a, FF:FF:FF:FF:FF:FF, 00:1A:2B:3C:4D:5E:6F',
      ),
      ['00:1A:2B:3C:4D:5E', '0d-B3-4a-6A-d9-cF', '0012.3456.789a'],
    );
    assert.deepEqual(found(macRecognizer, 'mixed 00:1A-2B:3C:4D:5E'), []);
  });
});

describe('contact: URL', () => {
  it('finds scheme URLs and bare domains without trailing punctuation or unbalanced brackets', () => {
    assert.deepEqual(
      found(
        urlRecognizer,
        'See https://acme.example.com/. Or (http://x.org) and google.co.il! ftp://files.example.net',
      ),
      ['https://acme.example.com/', 'http://x.org', 'google.co.il', 'ftp://files.example.net'],
    );
    assert.deepEqual(found(urlRecognizer, 'wiki https://en.wikipedia.org/wiki/Foo_(bar)?user=ana.'), [
      'https://en.wikipedia.org/wiki/Foo_(bar)?user=ana',
    ]);
  });
  it('scores links to public pages below sites and identifying URLs', () => {
    const score = (t: string) => urlRecognizer.detect(t)[0]!.score;
    assert.ok(score('https://www.reddit.com/r/soccer/comments/5my29a/title/') < THRESHOLD);
    assert.ok(score('https://acme-widgets.example.com/') >= 0.8);
    assert.ok(score('https://app.example.com/reset?email=ana@example.com') >= 0.9);
    assert.ok(score('https://github.com/users/anasilva/settings') >= 0.9);
  });
  it('does not take file names, code, abbreviations or hosts without a domain', () => {
    assert.deepEqual(
      found(
        urlRecognizer,
        'edit setup.py, setup.sh and README.md, e.g. report.pdf, self.name, Hello.World, www.microsoft',
      ),
      [],
    );
    assert.deepEqual(found(urlRecognizer, 'http://microsoft and 3.14'), []);
  });
  it('does not report the domain of an e-mail address', () => {
    assert.deepEqual(found(urlRecognizer, 'mail bob@example.com'), []);
  });
});

describe('contact: DATE', () => {
  it('validates the calendar', () => {
    assert.equal(validDate(2024, 2, 29), true);
    assert.equal(validDate(2023, 2, 29), false);
    assert.equal(validDate(2021, 4, 31), false);
  });
  it('finds ISO, numeric and named dates in several languages', () => {
    const text =
      'born 21.5.1980, on 2021-05-21 10:30, 5-MAY-2021, May 5, 2021, 3rd of March 2021, 5/20/2021, 2024-03-15T14:30Z, 3. März 2021, 5 de mayo de 2021';
    assert.deepEqual(found(dateRecognizer, text), [
      '21.5.1980',
      '2021-05-21 10:30',
      '5-MAY-2021',
      'May 5, 2021',
      '3rd of March 2021',
      '5/20/2021',
      '2024-03-15T14:30Z',
      '3. März 2021',
      '5 de mayo de 2021',
    ]);
  });
  it('ignores versions, impossible dates, bare years and the verb "may"', () => {
    assert.deepEqual(
      found(dateRecognizer, 'version 1.2.3, 1.2.34, 31/02/2021, Feb 29 2023, in 1999 we may 5 times'),
      [],
    );
  });
});

describe('contact: CRYPTO_WALLET', () => {
  it('validates Bitcoin (base58check and bech32/bech32m), Litecoin, Ethereum, XRP and Monero', () => {
    const text = [
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
      'LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      'rf1BiGeXwwQoi8Z2ueFYTEXSwuJYfV2Jpn',
      '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    ].join(' ');
    assert.deepEqual(subtypes(cryptoWalletRecognizer, text), ['BTC', 'BTC', 'BTC', 'BTC', 'LTC', 'ETH', 'XRP', 'XMR']);
  });
  it('rejects broken checksums', () => {
    assert.equal(eip55Valid('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'), true);
    assert.equal(eip55Valid('0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed'), false);
    const text =
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr 0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed rf1BiGeXwwQoi8Z2ueFYTEXSwuJYfV2Jpm';
    assert.deepEqual(cryptoWalletRecognizer.detect(text), []);
  });
});

describe('contact: robustness', () => {
  it('keeps UTF-16 offsets after emoji, combining characters and CRLF', () => {
    const text = '👩‍💻 é̃\r\nbob@example.com\r\n🎉 +44 20 7946 0958\r\nDE89370400440532013000 ✓ 4111111111111111';
    for (const [r, value] of [
      [emailRecognizer, 'bob@example.com'],
      [phoneRecognizer, '+44 20 7946 0958'],
      [ibanRecognizer, 'DE89370400440532013000'],
      [creditCardRecognizer, '4111111111111111'],
    ] as const) {
      const [c] = r.detect(text);
      assert.ok(c, r.name);
      assert.equal(text.slice(c.start, c.end), value);
    }
  });
  it('never throws on lone surrogates, control characters or odd input', () => {
    const odd = ['\ud800@\udc00.com', '@'.repeat(1000), '+'.repeat(500) + '1', '\u0000::\u0000', ':'.repeat(5000), ''];
    for (const r of CONTACT_RECOGNIZERS) for (const t of odd) assert.doesNotThrow(() => r.detect(t), r.name);
  });
  it('handles a long line of ordinary prose and of adversarial runs without findings it should not make', () => {
    const prose = 'The quarterly review covered 12 projects, 3 new hires and a budget of 45,000 dollars. '.repeat(
      20_000,
    );
    for (const r of CONTACT_RECOGNIZERS) assert.deepEqual(found(r, prose), [], r.name);
    const runs = [
      '1'.repeat(200_000),
      'a.'.repeat(100_000),
      '1 '.repeat(100_000),
      'a@'.repeat(100_000),
      'f:'.repeat(100_000),
      'https://a.example.com/' + ')'.repeat(200_000),
      '(' + '1 '.repeat(100_000),
    ];
    for (const r of CONTACT_RECOGNIZERS) {
      for (const t of runs) {
        const expected = r === urlRecognizer && t.startsWith('https') ? ['https://a.example.com/'] : [];
        assert.deepEqual(found(r, t), expected, `${r.name} on ${JSON.stringify(t.slice(0, 12))}...`);
      }
    }
  });
});

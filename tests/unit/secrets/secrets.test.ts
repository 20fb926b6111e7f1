import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeCandidates } from '../../../electron/services/redaction/merge';
import { allMatches } from '../../../electron/services/redaction/fast-scan';
import { SECRET_RECOGNIZERS, shannonEntropy, withBase62Checksum } from '../../../electron/services/redaction/secrets';
import { PROVIDER_RULES } from '../../../electron/services/redaction/secrets/providers';
import { validBase62Checksum } from '../../../electron/services/redaction/secrets/util';

interface Found {
  start: number;
  end: number;
  text: string;
  subtype?: string;
  score: number;
  validated?: boolean;
}

/** What the secret recognizers report for `text` after the engine's merge, at the default threshold. */
function secrets(text: string): Found[] {
  const raw = SECRET_RECOGNIZERS.flatMap((r) => r.detect(text));
  for (const c of raw) {
    assert.equal(c.type, 'SECRET');
    assert.equal(c.source, 'secret');
    assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, `bad span ${c.start}-${c.end}`);
  }
  return mergeCandidates(
    text,
    raw.filter((c) => c.score >= 0.5),
  ).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    score: c.score,
    ...(c.subtype ? { subtype: c.subtype } : {}),
    ...(c.validated ? { validated: true } : {}),
  }));
}

// Synthetic values built at run time so no real-looking credential sits in the repository.
const ALNUM = 'aB3dE5fG7hJ9kL2mN4pQ6rS8tU1vW0xYz';
const rand = (n: number, alphabet = ALNUM, seed = 7) =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 13 + seed * 7 + ((i * i) % 11)) % alphabet.length]).join('');
const hex = (n: number, seed = 3) => rand(n, '0123456789abcdef', seed);
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const GH_BODY = withBase62Checksum(rand(30));
const JWT = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '42', name: 'Jo' })}.${rand(43, ALNUM + '_-')}`;

/** [name, text, the exact secret span expected, subtype] */
const POSITIVES: [string, string, string, string][] = [
  ['AWS access key id', 'key AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE', 'AWS_ACCESS_KEY'],
  ['AWS temp key id', 'ASIA' + 'Y3FDSNDKFKSIDJSW' + ' used', 'ASIAY3FDSNDKFKSIDJSW', 'AWS_ACCESS_KEY'],
  [
    'AWS secret access key with context',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AWS_SECRET_KEY',
  ],
  ['GitHub classic PAT with valid CRC32', `token ghp_${GH_BODY} ok`, `ghp_${GH_BODY}`, 'GITHUB'],
  ['GitHub OAuth token', `gho_${GH_BODY}`, `gho_${GH_BODY}`, 'GITHUB'],
  [
    'GitHub fine-grained PAT',
    `github_pat_${rand(22)}_${rand(59, ALNUM, 2)}`,
    `github_pat_${rand(22)}_${rand(59, ALNUM, 2)}`,
    'GITHUB',
  ],
  ['GitLab PAT', `glpat-${rand(20)}`, `glpat-${rand(20)}`, 'GITLAB'],
  ['OpenAI legacy', `sk-${rand(48)}`, `sk-${rand(48)}`, 'OPENAI'],
  ['OpenAI project', `key: sk-proj-${rand(64)} end`, `sk-proj-${rand(64)}`, 'OPENAI'],
  ['OpenAI service account', `sk-svcacct-${rand(40)}`, `sk-svcacct-${rand(40)}`, 'OPENAI'],
  ['Anthropic', `ANTHROPIC_API_KEY=sk-ant-api03-${rand(93)}AA`, `sk-ant-api03-${rand(93)}AA`, 'ANTHROPIC'],
  ['Stripe secret', `sk_live_${rand(24)}`, `sk_live_${rand(24)}`, 'STRIPE'],
  ['Stripe restricted', `rk_test_${rand(24)}`, `rk_test_${rand(24)}`, 'STRIPE'],
  ['Stripe webhook secret', `whsec_${rand(32)}`, `whsec_${rand(32)}`, 'STRIPE'],
  [
    'Slack bot token',
    'xoxb-1234567890123-1234567890123-' + rand(24),
    'xoxb-1234567890123-1234567890123-' + rand(24),
    'SLACK',
  ],
  [
    'Slack user token',
    `xoxp-1234567890-1234567890123-1234567890123-${hex(32)}`,
    `xoxp-1234567890-1234567890123-1234567890123-${hex(32)}`,
    'SLACK',
  ],
  [
    'Slack webhook',
    `post to https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/${rand(24)} now`,
    `https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/${rand(24)}`,
    'SLACK_WEBHOOK',
  ],
  [
    'Sentry DSN',
    `SENTRY_DSN=https://${hex(32)}@o123456.ingest.sentry.io/7654321`,
    `https://${hex(32)}@o123456.ingest.sentry.io/7654321`,
    'SENTRY_DSN',
  ],
  ['Google API key', `AIza${rand(35)}`, `AIza${rand(35)}`, 'GOOGLE_API_KEY'],
  ['Google OAuth token', `ya29.${rand(60, ALNUM + '_-')}`, `ya29.${rand(60, ALNUM + '_-')}`, 'GOOGLE_OAUTH'],
  [
    'Azure storage account key',
    `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${rand(86, ALNUM + '+/')}==;EndpointSuffix=core.windows.net`,
    `${rand(86, ALNUM + '+/')}==`,
    'AZURE_CONNECTION_STRING',
  ],
  [
    'Azure subscription key with context',
    `Ocp-Apim-Subscription-Key: ${hex(32)}`,
    `Ocp-Apim-Subscription-Key: ${hex(32)}`,
    'API_KEY_HEADER',
  ],
  [
    'Azure subscription key in prose',
    `Azure subscription key: ${hex(32)} for speech`,
    hex(32),
    'AZURE_SUBSCRIPTION_KEY',
  ],
  ['SendGrid', `SG.${rand(22)}.${rand(43)}`, `SG.${rand(22)}.${rand(43)}`, 'SENDGRID'],
  ['Twilio API key', `SK${hex(32)}`, `SK${hex(32)}`, 'TWILIO'],
  ['Mailgun', `key-${rand(32)}`, `key-${rand(32)}`, 'MAILGUN'],
  ['npm', `//registry.npmjs.org/:_authToken=npm_${GH_BODY}`, `npm_${GH_BODY}`, 'NPM'],
  ['PyPI', `pypi-AgEIcHlwaS5vcmc${rand(60)}`, `pypi-AgEIcHlwaS5vcmc${rand(60)}`, 'PYPI'],
  ['Hugging Face', `hf_${rand(34)}`, `hf_${rand(34)}`, 'HUGGINGFACE'],
  ['Mailchimp', `MAILCHIMP_KEY=${hex(32)}-us12`, `${hex(32)}-us12`, 'MAILCHIMP'],
  [
    'Discord bot token',
    `${Buffer.from('123456789012345678').toString('base64')}.${rand(6)}.${rand(38)}`,
    `${Buffer.from('123456789012345678').toString('base64')}.${rand(6)}.${rand(38)}`,
    'DISCORD',
  ],
  ['Telegram bot token', `bot 123456789:AA${rand(33)} x`, `123456789:AA${rand(33)}`, 'TELEGRAM'],
  ['Shopify', `shpat_${hex(32)}`, `shpat_${hex(32)}`, 'SHOPIFY'],
  ['JWT', `token was ${JWT}.`, JWT, 'JWT'],
  [
    'PEM RSA private key (full block)',
    `key:\n-----BEGIN RSA PRIVATE KEY-----\n${rand(64)}\n${rand(64)}\n-----END RSA PRIVATE KEY-----\nthanks`,
    `-----BEGIN RSA PRIVATE KEY-----\n${rand(64)}\n${rand(64)}\n-----END RSA PRIVATE KEY-----`,
    'PRIVATE_KEY_RSA',
  ],
  [
    'OpenSSH private key',
    `-----BEGIN OPENSSH PRIVATE KEY-----\n${rand(70)}\n-----END OPENSSH PRIVATE KEY-----`,
    `-----BEGIN OPENSSH PRIVATE KEY-----\n${rand(70)}\n-----END OPENSSH PRIVATE KEY-----`,
    'PRIVATE_KEY_OPENSSH',
  ],
  [
    'PGP private key block',
    `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${rand(64)}\n-----END PGP PRIVATE KEY BLOCK-----`,
    `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${rand(64)}\n-----END PGP PRIVATE KEY BLOCK-----`,
    'PRIVATE_KEY_PGP',
  ],
  ['postgres URL password', 'postgres://app:S3cr3t-Pa55@db.internal:5432/prod', 'S3cr3t-Pa55', 'CONNECTION_STRING'],
  ['mongodb+srv password', 'mongodb+srv://admin:hunter2x@cluster0.mongodb.net/', 'hunter2x', 'CONNECTION_STRING'],
  ['any scheme credentials', 'ftp://bob:pa55word@files.example.org/x', 'pa55word', 'URL_CREDENTIALS'],
  [
    'a password holding an unencoded @',
    'DATABASE_URL=mysql://root:S3cureP@ss!@10.1.2.3/app',
    'S3cureP@ss!',
    'CONNECTION_STRING',
  ],
  [
    'a password without a user',
    'REDIS_URL=redis://:p4ssw0rdRedis@cache.internal:6379/0',
    'p4ssw0rdRedis',
    'CONNECTION_STRING',
  ],
  [
    'Authorization Bearer header',
    'curl -H "Authorization: Bearer abcd1234efgh5678ijkl" https://api.example.com',
    'Authorization: Bearer abcd1234efgh5678ijkl',
    'AUTH_HEADER',
  ],
  [
    'Authorization header in a template literal',
    'fetch(u, { headers: { Authorization: `Bearer eyAbc123XyZ789qwe` } })',
    'Authorization: `Bearer eyAbc123XyZ789qwe',
    'AUTH_HEADER',
  ],
  [
    'Authorization Basic header',
    'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
    'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
    'AUTH_HEADER',
  ],
  ['X-API-Key header', 'X-API-Key: apikey987654321', 'X-API-Key: apikey987654321', 'API_KEY_HEADER'],
  [
    'Cookie header',
    'Cookie: session_id=abc123def456ghi789; theme=dark',
    'Cookie: session_id=abc123def456ghi789; theme=dark',
    'COOKIE',
  ],
  [
    'Set-Cookie header',
    'Set-Cookie: sid=Zx81kQ0pLm42Ab9c; Path=/; HttpOnly',
    'Set-Cookie: sid=Zx81kQ0pLm42Ab9c; Path=/; HttpOnly',
    'SET_COOKIE',
  ],
  ['session id', 'log: JSESSIONID=A1B2C3D4E5F6G7H8I9J0 found', 'JSESSIONID=A1B2C3D4E5F6G7H8I9J0', 'SESSION_ID'],
  [
    'URL access_token',
    'GET /cb?access_token=1234567890abcdefghijklmnop&x=1',
    'access_token=1234567890abcdefghijklmnop',
    'URL_TOKEN',
  ],
  ['generic api_key assignment', `api_key = "${rand(32)}"`, rand(32), 'GENERIC'],
  ['env-var style secret', `FOO_SECRET=${rand(24)}`, rand(24), 'GENERIC'],
  ['client_secret in JSON', `{"client_secret": "${rand(40)}"}`, rand(40), 'GENERIC'],
  ['password after password:', 'password: hunter2!', 'hunter2!', 'PASSWORD'],
  ['pwd= in a connection string', 'Server=db;User Id=sa;Pwd=Tr0ub4dor&3;', 'Tr0ub4dor&3', 'PASSWORD'],
  ['password in prose', 'The password is Winter2024 for the vpn', 'Winter2024', 'PASSWORD'],
  // "Password" in other languages, some with letters an ASCII identifier cannot hold.
  ['Spanish key', 'Usuario: ana, contraseña: Hunter22!', 'Hunter22!', 'PASSWORD'],
  ['Spanish prose', 'mi contraseña es Verano2024', 'Verano2024', 'PASSWORD'],
  // A word for "temporary" or "new" between, and German's "lautet" ("reads").
  ['Spanish prose, temporary', 'tu contraseña temporal es Xq7!mP2#vR, cámbiala', 'Xq7!mP2#vR', 'PASSWORD'],
  ['French key, provisional', 'mot de passe provisoire : Lune2024!', 'Lune2024!', 'PASSWORD'],
  ['German prose with lautet', 'Ihr Passwort lautet Xq7!mP2#vR.', 'Xq7!mP2#vR', 'PASSWORD'],
  ['German key, new', 'Ihr neues Passwort: Hund4Katze!', 'Hund4Katze!', 'PASSWORD'],
  ['French key with spaces', 'Mot de passe : azerty123', 'azerty123', 'PASSWORD'],
  ['Portuguese JSON key', '{"senha": "minha-senha-1"}', 'minha-senha-1', 'PASSWORD'],
  ['Dutch key', 'wachtwoord=geheim123', 'geheim123', 'PASSWORD'],
  ['Swedish key', 'Lösenord: Sommar2024', 'Sommar2024', 'PASSWORD'],
  ['Polish prose', 'moje hasło to Lato2024', 'Lato2024', 'PASSWORD'],
  ['Russian key', 'пароль: qwerty123', 'qwerty123', 'PASSWORD'],
  ['Chinese key without spaces', '我的密码：abc12345', 'abc12345', 'PASSWORD'],
];

describe('secret recognizers: every kind', () => {
  for (const [name, text, expected, subtype] of POSITIVES) {
    it(name, () => {
      const found = secrets(text);
      const hit = found.find(
        (f) => f.start <= text.indexOf(expected) && f.end >= text.indexOf(expected) + expected.length,
      );
      assert.ok(hit, `${name}: expected ${JSON.stringify(expected)} in ${JSON.stringify(found)}`);
      assert.equal(hit.text, expected, `${name}: span`);
      assert.equal(hit.subtype, subtype, `${name}: subtype`);
      assert.ok(hit.score >= 0.5);
    });
  }

  it('marks checksum-verified GitHub tokens as validated and keeps wrong-checksum ones lower', () => {
    const good = secrets(`ghp_${GH_BODY}`)[0];
    assert.equal(good?.validated, true);
    const badBody = GH_BODY.slice(0, 30) + (GH_BODY[30] === 'A' ? 'B' : 'A') + GH_BODY.slice(31);
    assert.equal(validBase62Checksum(badBody), false);
    const bad = secrets(`ghp_${badBody}`)[0];
    assert.ok(bad && !bad.validated && bad.score < good.score);
    // Longer than today's 36 characters (GitHub allows for longer ones; or made up): kept, not validated.
    const long = secrets('ghp_R2d2C3poX1wingY4n6LukeLeiaHanSolo12345 is the token I used')[0];
    assert.equal(long?.subtype, 'GITHUB');
    assert.equal(long?.end, 42);
    assert.ok(long && !long.validated && long.score >= 0.5);
  });

  it('treats a whole Set-Cookie line and a truncated PEM key as the secret', () => {
    const text = `-----BEGIN PRIVATE KEY-----\n${rand(64)}\n${rand(40)}`;
    const [f] = secrets(text);
    assert.equal(f?.start, 0);
    assert.equal(f?.end, text.length);
  });

  it('finds secrets after literal \\n escapes (JSON logs)', () => {
    const text = 'headers:\\nAuthorization: Bearer multilineToken123456789\\nContent-Type: json';
    assert.deepEqual(
      secrets(text).map((f) => f.text),
      ['Authorization: Bearer multilineToken123456789'],
    );
  });
});

// Provider rules scan only token runs at least as long as their `min` (tokenExcerpts in
// secrets/util.ts): a `min` above a rule's real shortest match would silently drop short secrets.
describe('provider rules', () => {
  it('never match fewer characters than their declared minimum', () => {
    const exercised = new Set<string>();
    for (const rule of PROVIDER_RULES) {
      for (const [, text] of POSITIVES) {
        for (const m of allMatches(new RegExp(rule.re.source, rule.re.flags), text)) {
          assert.ok(m[0].length >= rule.min, `${rule.subtype}: a match of ${m[0].length} < min ${rule.min}`);
          exercised.add(rule.subtype);
        }
      }
    }
    // Meaningful only when most providers have an example above.
    assert.ok(exercised.size >= 15, `only ${exercised.size} providers had examples`);
  });
});

describe('secret recognizers: near misses are not secrets', () => {
  const NEGATIVES: [string, string][] = [
    ['ordinary prose', 'The secret to a good risotto is patience and a warm stock.'],
    ['GitHub prefix, wrong length', 'ghp_12345 is not a token'],
    ['GitHub prefix, counted-up example', 'GitHub ghp_1234567890123456789012345678901234567890 in the docs'],
    ['GitHub prefix, wrong charset', `ghp_${GH_BODY.slice(0, 35)}!`],
    ['AWS prefix, too short', 'AKIA123456789 in a url'],
    ['AWS-looking 40 chars without context', 'checksum wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the manifest'],
    ['Google key wrong length', 'AIzaSyDdVgKwhZl-fffffffffffffffff'],
    [
      'Slack user token with non-hex tail',
      `xoxp-1234567890123-1234567890123-1234567890123-${rand(32, 'ghijklmnopqrstuvwxyz')}`,
    ],
    ['Discord webhook with a short token', 'https://discord.com/api/webhooks/1234567890123456789/abcdef'],
    ['UUID without secret context', 'Request ID: 550e8400-e29b-41d4-a716-446655440000'],
    ['git SHA in commit context', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixes the bug'],
    ['sha256 hash', 'sha256: 1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef'],
    ['short api key value', 'Not an API key: shortkey (too short)'],
    ['short header value', 'X-API-Key: short'],
    ['header name without value', 'Authorization header without value'],
    ['cookie with short values', 'Cookie: token1=abc123; token2=def456'],
    ['not a cookie', 'Not a cookie: just some text with equals signs = and semicolons;'],
    ['short session', 'session=abc (too short)'],
    ['short URL token', '/auth?token=abc'],
    ['URL without tokens', '/api?q=search&page=1&limit=10'],
    ['JWT header only', 'eyJhbGciOiJIUzI1NiJ9 (missing payload)'],
    ['unsigned JWT', `${b64url({ alg: 'none' })}.${b64url({ sub: '1' })}.`],
    ['JWT with extra segment', `${JWT}.extra`],
    ['placeholder password', 'password: ${DB_PASSWORD}'],
    ['masked password', 'password = "********"'],
    ['code reference', 'api_key = process.env.OPENAI_API_KEY'],
    ['password prose', 'Password: reset it via the portal'],
    ['password prose in Spanish', 'Contraseña: olvidada hace tiempo'],
    // What a password is like, in the key's language.
    ['password state in German', 'Das Kennwort ist falsch.'],
    ['password state in Spanish', 'La contraseña es incorrecta.'],
    ['a word that only ends like a password word', 'Transenha: abc12345'],
    ['placeholder password in French', 'mot de passe : <votre mot de passe>'],
    ['token metadata', 'token_type: bearer, max_tokens: 4096'],
    ['our own placeholder', 'api_key: [[SECRET_1]]'],
    ['a template literal of a variable', "fetch(u, { headers: { 'Authorization': `Bearer ${token}` } })"],
    ['Stripe-like but too short', 'sk_live_short'],
    ['a time and a word, not a bot token', 'at 12345678:AAbc the meeting'],
    ['URL without credentials', 'https://user@example.com/path'],
  ];
  for (const [name, text] of NEGATIVES) {
    it(name, () => assert.deepEqual(secrets(text), [], name));
  }
});

describe('secret recognizers: offsets', () => {
  it('keeps UTF-16 offsets exact with emoji and CRLF', () => {
    const key = `sk_live_${rand(24)}`;
    const text = `🔑😀 notes\r\n\r\nSTRIPE=${key}\r\n👍 done`;
    const [f] = secrets(text);
    assert.equal(f?.start, text.indexOf(key));
    assert.equal(f?.end, text.indexOf(key) + key.length);
    assert.equal(f?.text, key);
  });

  it('stops a header value at CRLF', () => {
    const text = 'Authorization: Bearer tok3nValue123456\r\nAccept: */*';
    assert.deepEqual(
      secrets(text).map((f) => f.text),
      ['Authorization: Bearer tok3nValue123456'],
    );
  });

  it('handles lone surrogates and huge lines without throwing', () => {
    const text = '\uD800 api_key=' + 'x'.repeat(100_000) + '\uDFFF token: ' + 'A1'.repeat(50_000);
    assert.doesNotThrow(() => secrets(text));
  });
});

describe('entropy', () => {
  it('ranks random strings above words', () => {
    assert.ok(shannonEntropy(rand(32)) > shannonEntropy('passwordpassword'));
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
  });
  it('is the entropy over code points, to the last bit, for ASCII and other text alike', () => {
    // The definition, with a Map of code points in the order they first occur.
    const reference = (s: string) => {
      const counts = new Map<string, number>();
      for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      const n = [...s].length;
      let h = 0;
      for (const c of counts.values()) h -= (c / n) * Math.log2(c / n);
      return h;
    };
    const alphabets = [ALNUM, 'ab', 'aé€😀b1', '0123456789abcdef+/=_-.~'];
    for (let seed = 1; seed <= 400; seed++) {
      const value = rand(1 + (seed % 61), alphabets[seed % alphabets.length], seed);
      assert.equal(shannonEntropy(value), reference(value), JSON.stringify(value));
      // The counts of one call never leak into the next.
      assert.equal(shannonEntropy(value), reference(value));
    }
    assert.equal(shannonEntropy('ab😀'), reference('ab😀'));
    assert.equal(shannonEntropy('abcé'), reference('abcé'));
  });
});

describe('PINs and card security codes', () => {
  it('reports the digits after a PIN or CVV label', () => {
    const found = secrets('My PIN is 4821. cvc: 987 and pin=552201.').map((f) => [f.text, f.subtype]);
    assert.deepEqual(found, [
      ['4821', 'PIN'],
      ['987', 'PIN'],
      ['552201', 'PIN'],
    ]);
  });
  it("reports the code of a door, gate or alarm, not a zip code's or a status code's", () => {
    const found = secrets(
      'The door code is 7731, alarm code: 4402. The zip code is 90210; {"code": 4402}; promo code is 5520',
    );
    assert.deepEqual(
      found.map((f) => [f.text, f.subtype]),
      [
        ['7731', 'PIN'],
        ['4402', 'PIN'],
      ],
    );
  });
  it('reports a card security code written without a separator', () => {
    const found = secrets("Bob's card 4111 1111 1111 1111 exp 12/26 CVV 123 was declined; CVC2 4567.");
    assert.deepEqual(
      found.map((f) => [f.text, f.subtype]),
      [
        ['123', 'PIN'],
        ['4567', 'PIN'],
      ],
    );
    assert.deepEqual(
      secrets('CVV 12345 is not a code; the CVV field; cvv 2.5 points').map((f) => f.text),
      [],
    );
  });
  it('reports a password written right after the word, when it is shaped like one', () => {
    assert.deepEqual(
      secrets('logged for username elmira.rolfson42 with password 9vKz!pQ2mW. Use passphrase Tr0ub4dor&3').map((f) => [
        f.text,
        f.subtype,
      ]),
      [
        ['9vKz!pQ2mW', 'PASSWORD'],
        ['Tr0ub4dor&3', 'PASSWORD'],
      ],
    );
    // After a label in brackets: the value, not the bracket and its label.
    assert.deepEqual(
      secrets('reset your password (current: fH8#kL2q!) immediately; password (see vault)').map((f) => f.text),
      ['fH8#kL2q!'],
    );
    assert.deepEqual(
      secrets(
        'password reset link; password manager; change password 2 times; password-protected; ' +
          'password https://example.com/x; password 1,234.56; password ********',
      ).map((f) => f.text),
      [],
    );
  });
  it('reports a passphrase of letters written together after "password is", not a word', () => {
    assert.deepEqual(
      secrets('my wifi password is correcthorsebatterystaple and the router is downstairs').map((f) => f.text),
      ['correcthorsebatterystaple'],
    );
    // Words, and short runs of letters, are prose.
    assert.deepEqual(
      secrets('the password is required and your password is incorrect; password is sunshine or').map((f) => f.text),
      [],
    );
    // A word for what a password is like ends a sentence; another word there is the password.
    assert.deepEqual(
      secrets('Your password is expired. My password is sunshine.').map((f) => f.text),
      ['sunshine'],
    );
    assert.deepEqual(
      secrets('password is administrative and optional').map((f) => f.text),
      [],
    );
  });
  it('reports a password named by what it opens, between the word and its value', () => {
    assert.deepEqual(
      secrets(
        'the Wi-Fi password for the Milan office is Gelato#Verde77 and the passcode to the server room: "48Kx-2291".',
      ).map((f) => f.text),
      ['Gelato#Verde77', '48Kx-2291'],
    );
    // In other languages too.
    assert.deepEqual(
      secrets(
        'Passwort für das WLAN im Büro Hamburg lautet Elbe2024!Nord; le mot de passe du wifi est Soleil#1987.',
      ).map((f) => f.text),
      ['Elbe2024!Nord', 'Soleil#1987'],
    );
    assert.deepEqual(
      secrets('Das Passwort für das Konto ist abgelaufen.').map((f) => f.text),
      [],
    );
    // Also where it opens: "at the Lisbon office".
    assert.deepEqual(
      secrets('The Wi-Fi password at the Lisbon office is Tejo#2024! and the SSID is Guest.').map((f) => f.text),
      ['Tejo#2024!'],
    );
    // What it opens may take up to eight words: a rental and its address.
    assert.deepEqual(
      secrets('WiFi password for the Airbnb at 14 Rue Oberkampf is Bonjour2024! — host Camille').map((f) => f.text),
      ['Bonjour2024!'],
    );
    assert.deepEqual(
      secrets('the password for the portal is required; the password for Jane was reset yesterday.').map((f) => f.text),
      [],
    );
  });
  it('reports a secret, token or key named by what it is for, when the value looks random', () => {
    assert.deepEqual(
      secrets(
        "The HMAC secret in config is 'f3a9c2e7b1d84f6a9e0c3b5d7f1a2e4c'; the API token for staging was 9fK2mLp8QrT4vX1zB7nC.",
      ).map((f) => f.text),
      ['f3a9c2e7b1d84f6a9e0c3b5d7f1a2e4c', '9fK2mLp8QrT4vX1zB7nC'],
    );
    assert.deepEqual(
      secrets(
        'the key for the shed is under the mat; the token for this sprint is ready-for-review; the secret of success is patience.',
      ).map((f) => f.text),
      [],
    );
  });
  it('takes a subscript, a call or the variable of the same name for no password', () => {
    assert.deepEqual(
      secrets("self.password = config['password']\nself.distribution.password = password\npwd = getpass()").map(
        (f) => f.text,
      ),
      [],
    );
    assert.deepEqual(
      secrets('password: hunter2.').map((f) => f.text),
      ['hunter2'],
    );
  });
  it('takes a type or variable named in Pascal or camel case for no secret, but keeps such a password', () => {
    assert.deepEqual(
      secrets('credentials: LegacyNotarizePasswordCredentials, token: isLegacyApiKeyCredentials').map((f) => f.text),
      [],
    );
    assert.deepEqual(
      secrets('password: CorrectHorseBatteryStaple; api_key = AbCdEfGhIjKlMnOpQrStUvWx12').map((f) => f.text),
      ['CorrectHorseBatteryStaple', 'AbCdEfGhIjKlMnOpQrStUvWx12'],
    );
  });
  it('reports a random value right after its name with only a space between them, as chat writes it', () => {
    assert.deepEqual(
      secrets(
        'logged in with session id 8f14e45fceea167a5a36dedd4bea2543; here is the api key 9fK2mLp8QrT4vX1zB7nCq3Ws.',
      ).map((f) => f.text),
      ['8f14e45fceea167a5a36dedd4bea2543', '9fK2mLp8QrT4vX1zB7nCq3Ws'],
    );
    // A key alone, also one whose value is joined by dashes around a random part; "key is" too.
    assert.deepEqual(
      secrets('The old key sk-live-51HxYz9KqT2vBn8mW3pR7sL0 stopped working; my key is 7Gq2LmX9pR4sT8vW1yZ3').map(
        (f) => f.text,
      ),
      ['sk-live-51HxYz9KqT2vBn8mW3pR7sL0', '7Gq2LmX9pR4sT8vW1yZ3'],
    );
    assert.deepEqual(secrets('the key for the shed is under the mat; - key: app; the primary key is user_id'), []);
    // Prose, a name made of words, and a value counted up for an example are none.
    assert.deepEqual(
      secrets(
        'the access token expired; use the secret sauce_recipe_version_2; authenticated with token abc123def456ghi789jkl012',
      ).map((f) => f.text),
      [],
    );
  });
  it('reports a password being set to a value', () => {
    assert.deepEqual(
      secrets(
        'Please reset the password for user jdoe_88 to rT7#kL9!xQ. I changed my password to Sunflower2024! and ' +
          'set the new password to Welcome123 for the intern.',
      )
        .filter((f) => f.subtype === 'PASSWORD')
        .map((f) => f.text),
      ['rT7#kL9!xQ', 'Sunflower2024!', 'Welcome123'],
    );
    // Also said of the password, in the passive.
    assert.deepEqual(
      secrets('the VPN password changed to Winter#2024vpn; my password was reset to Tr0ub4dor&3.').map((f) => f.text),
      ['Winter#2024vpn', 'Tr0ub4dor&3'],
    );
    assert.deepEqual(secrets('the password was changed to something else'), []);
    // What the password opens, or a value that is no password.
    assert.deepEqual(
      secrets(
        'the password to server01 is in the vault; we reset passwords to defaults; update the password to something stronger',
      ).map((f) => f.text),
      [],
    );
  });
  it('reports a card PIN right after the word, with four digits at least', () => {
    assert.deepEqual(
      secrets('Your PIN 8841 was reset; PIN code 4821.').map((f) => [f.text, f.subtype]),
      [
        ['8841', 'PIN'],
        ['4821', 'PIN'],
      ],
    );
    assert.deepEqual(
      secrets('GPIO pin 13 is high; the pin 2.54 mm header').map((f) => f.text),
      [],
    );
  });
  it("reports a wireless network's key as its password", () => {
    assert.deepEqual(
      secrets('the Wi-Fi key is 7H3-W1F1-K3Y! and wifi_key=Gx7pQ2rT9w').map((f) => [f.text, f.subtype]),
      [
        ['7H3-W1F1-K3Y!', 'PASSWORD'],
        ['Gx7pQ2rT9w', 'PASSWORD'],
      ],
    );
    assert.deepEqual(
      secrets('the router key is in the drawer; the Wi-Fi key is incorrect; primary key: id').map((f) => f.text),
      [],
    );
  });
  it("reports a meeting's passcode or a building's access code right after the words, but not a year", () => {
    assert.deepEqual(
      secrets('Zoom passcode 482913; use access code 55120 at the gate.').map((f) => [f.text, f.subtype]),
      [
        ['482913', 'PIN'],
        ['55120', 'PIN'],
      ],
    );
    assert.deepEqual(
      secrets('the access code 2024 policy; passcode 12 retries').map((f) => f.text),
      [],
    );
  });
  it('reports a one-time or verification code right after its name', () => {
    assert.deepEqual(
      secrets('Send the OTP 739204 now; your verification code is 482913; login code: 5521.').map((f) => [
        f.text,
        f.subtype,
      ]),
      [
        ['739204', 'OTP'],
        ['482913', 'OTP'],
        ['5521', 'OTP'],
      ],
    );
    // Also in two groups of three, as apps show it.
    assert.deepEqual(
      secrets('the one-time code 518 204; verification code is 518-204').map((f) => f.text),
      ['518 204', '518-204'],
    );
    // What the code is for may come between its name and "is".
    assert.deepEqual(
      secrets('your OTP for the transaction is 593016; the verification code for your login is 482913').map(
        (f) => f.text,
      ),
      ['593016', '482913'],
    );
    // A year, or too few digits.
    assert.deepEqual(
      secrets('the OTP 2024 rollout; otp 12 retries').map((f) => f.text),
      [],
    );
  });
  it('reports a security code named a few words before its value', () => {
    assert.deepEqual(
      secrets('Your PIN is 4821 and the CVV on the back is 737; the card security code is 0412.').map((f) => f.text),
      ['4821', '737', '0412'],
    );
    assert.deepEqual(
      secrets('the security code is required; the CVV on the back is missing; security code was 123456').map(
        (f) => f.text,
      ),
      [],
    );
  });
  it('reports a quoted passphrase with spaces right after the word', () => {
    assert.deepEqual(
      secrets("Cabin wifi: network Lakeside_5G, passphrase 'blue heron sunrise 42'.").map((f) => [f.text, f.subtype]),
      [['blue heron sunrise 42', 'PASSWORD']],
    );
    assert.deepEqual(
      secrets("the password 'TBD' and the passphrase 'your-passphrase'").map((f) => f.text),
      [],
    );
  });
  it('leaves GPIO pins and non-numeric values alone', () => {
    assert.deepEqual(
      secrets('const pin = 13; pin: true; the PIN is required').map((f) => f.text),
      [],
    );
  });
});

describe('secrets on a command line', () => {
  it('reports the values of password and token flags, and of the short flags the common tools use', () => {
    const text = [
      "openssl enc -aes-256-cbc -k 'Tr0ub4dor&3' -in secrets.tar",
      "docker login -u deploybot -p 'Xk9#mQ2$vL7!' registry.example.com",
      'az login --service-principal -u 8f2a1c3e-4b5d -p "Qx7~pL2.vN9_sT4" --tenant acme.onmicrosoft.com',
      'mysql -u root -pS3cretPw! mydb',
      "sshpass -p 'rackspace9' ssh root@host",
      'redis-cli -h cache -a r3d1sPass ping',
      'gh auth --token ghx_abc123def --passphrase=hunter22',
    ].join('\n');
    assert.deepEqual(
      secrets(text).map((f) => [f.text, f.subtype]),
      [
        ['Tr0ub4dor&3', 'PASSWORD'],
        ['Xk9#mQ2$vL7!', 'PASSWORD'],
        ['Qx7~pL2.vN9_sT4', 'PASSWORD'],
        ['S3cretPw!', 'PASSWORD'],
        ['rackspace9', 'PASSWORD'],
        ['r3d1sPass', 'PASSWORD'],
        ['ghx_abc123def', 'GENERIC'],
        ['hunter22', 'PASSWORD'],
      ],
    );
  });
  it('leaves variables, prompts for a password and other tools alone', () => {
    const text = [
      'mysql -u root -p mydb',
      'tool --password $DB_PASS --password-stdin --token <token>',
      'ls -p /tmp; tar -k -a archive.tar; ssh -p 2222 host',
    ].join('\n');
    assert.deepEqual(secrets(text), []);
  });
});

// Secrets recognised by their surrounding structure: PEM private keys, JWTs, credentials in
// connection strings, HTTP Authorization / API-key / Cookie headers, session ids and tokens in
// URL query strings.
//
// Span conventions: the secret value itself, except where the whole construct is the secret
// (a PEM block; an HTTP header line "Name: value"; a session cookie or query parameter
// "name=value", whose name says what the value unlocks).
import { matchesInExcerpt } from '../excerpt';
import { charSet } from '../char-set';
import type { Candidate, Recognizer } from '../types';
import {
  charClasses,
  decodeJsonSegment,
  groupSpan,
  isPlaceholderValue,
  looksRandom,
  matchesFrom,
  mergeSorted,
  nameEnd,
  nextBeforeSeparator,
  runStart,
  scan,
  secret,
  separators,
  tokenExcerpts,
  wordBefore,
} from './util';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// ---------------------------------------------------------------- PEM private keys

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,4})PRIVATE KEY(?: BLOCK)?-----/g;
/** How far to look for the END line (a 16 kbit RSA key is ~13 KB). */
const PEM_MAX = 32_768;

function pemKeys(text: string): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  for (const m of scan(PEM_BEGIN, text)) {
    if (m.index < floor) continue;
    const kind = (m[1] ?? '').trim();
    const subtype = kind ? `PRIVATE_KEY_${kind.replace(/ /g, '_')}` : 'PRIVATE_KEY';
    const bodyStart = m.index + m[0].length;
    const window = text.slice(bodyStart, bodyStart + PEM_MAX);
    const endRe = /-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----/;
    const end = endRe.exec(window);
    let stop: number;
    if (end) {
      stop = bodyStart + end.index + end[0].length;
    } else {
      // Truncated paste: the key material runs on as long as lines look like base64 / headers.
      const body = /^(?:(?:\\n|\r?\n|[ \t])*[A-Za-z0-9+/=:,\- ]{1,200})*/.exec(window);
      stop = bodyStart + (body ? body[0].length : 0);
    }
    out.push(secret(m.index, stop, subtype, 0.99, !!end));
    floor = stop;
  }
  return out;
}

// ---------------------------------------------------------------- JWT

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,8192}(?:\.[A-Za-z0-9_-]{0,16384}){2,4}(?![A-Za-z0-9_-])/g;

function jwts(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A token the checks below accept is at least 17 characters: a header of {"alg":""} or more,
  // two dots and a signature.
  for (const m of matchesInExcerpt(JWT, tokenExcerpts(text)(17))) {
    let token = m[0];
    // A sentence's full stop after the signature is not another segment.
    while (token.endsWith('.') && token.split('.').length > 3) token = token.slice(0, -1);
    const parts = token.split('.');
    const header = decodeJsonSegment(parts[0] ?? '');
    if (!header || typeof header.alg !== 'string') continue;
    const isJwe = typeof header.enc === 'string';
    if (isJwe ? parts.length !== 5 : parts.length !== 3) continue;
    if (!isJwe) {
      // An unsigned token ("alg":"none", empty signature) cannot authenticate anyone.
      const sig = parts[2] ?? '';
      if (header.alg.toLowerCase() === 'none' || sig.length === 0) continue;
      const payload = decodeJsonSegment(parts[1] ?? '');
      out.push(secret(m.index, m.index + token.length, 'JWT', payload ? 0.98 : 0.8, !!payload));
    } else {
      out.push(secret(m.index, m.index + token.length, 'JWE', 0.95, true));
    }
  }
  return out;
}

// ---------------------------------------------------------------- URLs with credentials

// The user may be empty: Redis takes a password alone (redis://:password@host). A pasted password
// may hold an unencoded "@" (mysql://root:S3cureP@ss!@10.1.2.3/app): the host follows the last one.
const URL_CREDENTIALS =
  /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/([^\s:@/?#"'<>`]{0,128}):([^\s/"'<>`]{1,256})@(?=[A-Za-z0-9[])/dg;

const SCHEME_CHARS = charSet(ALNUM + '+.-');
const CURL_USER = /\s(?:-u|--user)[ =]+(["']?)([^\s:"']{1,128}):([^\s"']{1,256})\1/dg;

function connectionStrings(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The scheme before a "://" is a whole run of scheme characters (the lookbehind), 2 to 31 long.
  const nextScheme = nextBeforeSeparator(separators(text).colons, (colon, from) => {
    if (text.charCodeAt(colon + 1) !== 47 || text.charCodeAt(colon + 2) !== 47) return -1;
    if (!credentialsAhead(text, colon + 3)) return -1;
    const s = runStart(text, colon, SCHEME_CHARS, 31);
    return s >= from && s < colon ? s : -1;
  });
  for (const m of matchesFrom(URL_CREDENTIALS, text, nextScheme)) {
    const pw = groupSpan(m, 3);
    if (!pw) continue;
    const password = m[3] ?? '';
    if (isPlaceholderValue(password) || isPlaceholderValue(decodeURIComponentSafe(password))) continue;
    const scheme = (m[1] ?? '').toLowerCase();
    const subtype =
      /^(?:postgres|postgresql|mysql|mariadb|mongodb|mongodb\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|jdbc|oracle|cockroachdb|clickhouse)/.test(
        scheme,
      )
        ? 'CONNECTION_STRING'
        : 'URL_CREDENTIALS';
    out.push(secret(pw[0], pw[1], subtype, 0.95, true));
  }
  // `curl -u user:password` / `--user user:password`
  // A match starts at the space before "-u" or before "--user".
  const nextCurl = (from: number) => {
    const e = text.indexOf('-u', from + 1);
    return e < 0 ? -1 : e - 2 >= from ? e - 2 : e - 1;
  };
  for (const m of matchesFrom(CURL_USER, text, nextCurl)) {
    const pw = groupSpan(m, 3);
    if (pw && !isPlaceholderValue(m[3] ?? '')) out.push(secret(pw[0], pw[1], 'BASIC_AUTH', 0.9));
  }
  return out;
}

/**
 * Can "user:password@" start at `i`? Its "@" comes within 385 characters, before any white
 * space, slash, quote or angle bracket (which neither part may hold).
 */
function credentialsAhead(text: string, i: number): boolean {
  const limit = Math.min(text.length, i + 386);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return true; // @
    if (c === 32 || (c >= 9 && c <= 13) || c === 47 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96)
      return false;
  }
  return false;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------- HTTP headers

/** End of a header value: end of line, or the closing quote when the header sits in quotes. */
function valueEnd(text: string, from: number, quoted: string | undefined, max = 8192): number {
  const limit = Math.min(text.length, from + max);
  let i = from;
  while (i < limit) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') break;
    if (c === '\\' && /[nrt"]/.test(text[i + 1] ?? '')) break; // an escaped line break or quote
    if (quoted && c === quoted) break;
    if (!quoted && (c === '"' || c === '`')) break;
    i++;
  }
  while (i > from && /[\s,;]/.test(text[i - 1]!)) i--;
  return i;
}

/** Quote character directly before `i` (ignoring `-H ` style prefixes), if any. */
function openingQuote(text: string, i: number): string | undefined {
  const c = text[i - 1];
  return c === '"' || c === "'" || c === '`' ? c : undefined;
}

// A JavaScript template literal quotes the value too: { Authorization: `Bearer ${token}` }.
const AUTH_HEADER = /(?:(?<=\\[nrt])|(?<![A-Za-z0-9_-]))((?:Proxy-)?Authorization)(["']?)[ \t]*[:=][ \t]*(["'`]?)/gi;
const AUTH_SCHEME =
  /^(Bearer|Basic|Token|Digest|Negotiate|NTLM|ApiKey|Api-Key|OAuth|SSWS|Splunk|GoogleLogin|AWS4-HMAC-SHA256|SharedKey|SharedAccessSignature|MAC|HOBA|Hawk|DPoP)[ \t]+/i;

/** `next` for header rules: where "name" or "prefix" + "name" (any case) can start before a separator. */
function nextHeaderName(text: string, seps: readonly number[], name: string, prefix: string) {
  return nextBeforeSeparator(seps, (sep, from) => {
    const a = wordBefore(text, nameEnd(text, sep), name);
    if (a < from) return -1;
    const p = wordBefore(text, a, prefix);
    return p >= from ? p : a;
  });
}

function authorizationHeaders(text: string): Candidate[] {
  const out: Candidate[] = [];
  const { colons, equals } = separators(text);
  const seps = mergeSorted(colons, equals);
  for (const m of matchesFrom(AUTH_HEADER, text, nextHeaderName(text, seps, 'authorization', 'proxy-'))) {
    const valueStart = m.index + m[0].length;
    const quoted = m[3] || openingQuote(text, m.index) || undefined;
    const rest = text.slice(valueStart, valueStart + 2048);
    const scheme = AUTH_SCHEME.exec(rest);
    let end: number;
    let credential: string;
    if (scheme && /^(?:bearer|basic|token|apikey|api-key|ssws|dpop)$/i.test(scheme[1]!)) {
      const tok = /^[A-Za-z0-9._~+/=:-]+/.exec(rest.slice(scheme[0].length));
      credential = tok?.[0] ?? '';
      end = valueStart + scheme[0].length + credential.length;
    } else {
      end = valueEnd(text, valueStart, quoted, 2048);
      credential = text.slice(valueStart + (scheme?.[0].length ?? 0), end);
    }
    if (credential.length < 8 || isPlaceholderValue(credential) || !/[0-9]|[A-Z].*[a-z]|[a-z].*[A-Z]/.test(credential))
      continue;
    out.push(secret(m.index, end, 'AUTH_HEADER', 0.95));
    AUTH_HEADER.lastIndex = Math.max(AUTH_HEADER.lastIndex, end);
  }
  return out;
}

/** Headers whose value is a credential: `X-API-Key: ...`, `X-Auth-Token: ...`, `Private-Token: ...`. */
const KEY_HEADER =
  /(?:(?<=\\[nrt])|(?<![A-Za-z0-9_-]))((?:[A-Za-z0-9]{1,24}-){0,4}(?:API-?Key|Api-?Token|Auth-?Token|Access-?Token|Session-?Token|Refresh-?Token|Security-?Token|Subscription-?Key|Private-?Token|Vault-?Token|Client-?Secret|Secret-?Key|Access-?Key|Auth-?Key|Secret))(["']?)[ \t]*:[ \t]*(["']?)([A-Za-z0-9._~+/=:-]{1,4096})/dgi;

const HEADER_CHARS = charSet(ALNUM + '-');

/**
 * `next` for KEY_HEADER. A name is up to 113 characters of [A-Za-z0-9-] ending in key, token or
 * secret before its colon; the lookbehind lets it start only where that run starts or one
 * character later, after a "\n" escape (whose backslash ends the run).
 */
function nextKeyHeader(text: string): (from: number) => number {
  return nextBeforeSeparator(separators(text).colons, (colon, from) => {
    const end = nameEnd(text, colon);
    const word = Math.max(
      wordBefore(text, end, 'key'),
      wordBefore(text, end, 'token'),
      wordBefore(text, end, 'secret'),
    );
    if (word < 0) return -1;
    const s = runStart(text, word, HEADER_CHARS, 114);
    if (s < 0) return -1;
    if (s >= from) return s;
    return s + 1 >= from && s + 1 <= word ? s + 1 : -1;
  });
}

function keyHeaders(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesFrom(KEY_HEADER, text, nextKeyHeader(text))) {
    const name = m[1] ?? '';
    // Header-style names are hyphenated or X-prefixed; bare prose words ("Secret: ...") are left
    // to the key/value recognizer, which checks the value harder.
    if (!name.includes('-')) continue;
    const value = m[4] ?? '';
    const v = groupSpan(m, 4);
    if (!v || value.length < 8 || isPlaceholderValue(value)) continue;
    const cls = charClasses(value);
    if (cls.count < 2 && value.length < 20) continue;
    out.push(secret(m.index, v[1], 'API_KEY_HEADER', 0.92));
    KEY_HEADER.lastIndex = Math.max(KEY_HEADER.lastIndex, v[1]);
  }
  return out;
}

const COOKIE_HEADER = /(?:(?<=\\[nrt])|(?<![A-Za-z0-9_-]))(Set-Cookie|Cookie)(["']?)[ \t]*:[ \t]*/gi;
const COOKIE_ATTRIBUTES = new Set([
  'path',
  'domain',
  'expires',
  'max-age',
  'samesite',
  'secure',
  'httponly',
  'priority',
]);

function cookieHeaders(text: string): Candidate[] {
  const out: Candidate[] = [];
  const next = nextHeaderName(text, separators(text).colons, 'cookie', 'set-');
  for (const m of matchesFrom(COOKIE_HEADER, text, next)) {
    const valueStart = m.index + m[0].length;
    const end = valueEnd(text, valueStart, openingQuote(text, m.index), 4096);
    const value = text.slice(valueStart, end);
    COOKIE_HEADER.lastIndex = Math.max(COOKIE_HEADER.lastIndex, end);
    const pairs = value.split(';').map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? { name: p.trim(), val: '' } : { name: p.slice(0, eq).trim(), val: p.slice(eq + 1).trim() };
    });
    const credential = pairs.some(
      (p) =>
        /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/.test(p.name) &&
        !COOKIE_ATTRIBUTES.has(p.name.toLowerCase()) &&
        p.val.length >= 10 &&
        !isPlaceholderValue(p.val) &&
        charClasses(p.val.replace(/^"|"$/g, '')).count >= 2,
    );
    if (!credential) continue;
    out.push(secret(m.index, end, m[1]!.toLowerCase() === 'set-cookie' ? 'SET_COOKIE' : 'COOKIE', 0.93));
  }
  return out;
}

// ---------------------------------------------------------------- session ids

const SESSION_ID =
  /(?<![A-Za-z0-9_.-])(JSESSIONID|PHPSESSID|ASP\.NET_SessionId|ASPSESSIONID[A-Z]{8}|CFTOKEN|connect\.sid|laravel_session|_?session(?:[_-]?(?:id|token|key))?|sess(?:id)?|[A-Za-z0-9]{1,32}_session(?:_id)?|sid)=([A-Za-z0-9%._~+/:-]{1,1024})/dgi;

const SESSION_NAME_CHARS = charSet(ALNUM + '_.-');

function sessionIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The name before the "=" is a whole run of name characters (the lookbehind), at most 43 long.
  const nextName = nextBeforeSeparator(separators(text).equals, (eq, from) => {
    const s = runStart(text, eq, SESSION_NAME_CHARS, 43);
    return s >= from && s < eq ? s : -1;
  });
  for (const m of matchesFrom(SESSION_ID, text, nextName)) {
    const value = (m[2] ?? '').replace(/[.:]+$/, '');
    if (value.length < 12 || isPlaceholderValue(value)) continue;
    if (!looksRandom(value, 12) && !(value.length >= 16 && charClasses(value).count >= 2)) continue;
    out.push(secret(m.index, m.index + (m[1] ?? '').length + 1 + value.length, 'SESSION_ID', 0.9));
  }
  return out;
}

// ---------------------------------------------------------------- URL query tokens

const QUERY_PARAM =
  /[?&#](access_token|refresh_token|id_token|auth_token|authtoken|session_token|oauth_token|oauth_token_secret|token|api_key|apikey|api-key|key|client_secret|secret|password|passwd|pwd|private_token|jwt|sig|signature|X-Amz-Signature|X-Amz-Security-Token|X-Goog-Signature|code_verifier)=([^&#\s"'<>`]{1,4096})/dgi;

const PARAM_CHARS = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-');

function queryTokens(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A match starts at the ?, & or # right before a name of up to 20 letters, _ and - before "=".
  const next = nextBeforeSeparator(separators(text).equals, (eq, from) => {
    const s = runStart(text, eq, PARAM_CHARS, 20);
    if (s <= from || s >= eq) return -1;
    const c = text.charCodeAt(s - 1);
    return c === 63 || c === 38 || c === 35 ? s - 1 : -1; // ? & #
  });
  for (const m of matchesFrom(QUERY_PARAM, text, next)) {
    const name = (m[1] ?? '').toLowerCase();
    const raw = (m[2] ?? '').replace(/[.,;:)\]]+$/, '');
    const value = safeDecode(raw);
    if (isPlaceholderValue(value)) continue;
    let ok: boolean;
    if (name === 'x-amz-signature' || name === 'x-goog-signature') ok = /^[a-f0-9]{64,}$/i.test(value);
    else if (name === 'sig' || name === 'signature')
      // HMAC-SHA256 signatures: 43+ base64 characters or 64 hex.
      ok = /^[A-Za-z0-9+/_-]{43,}={0,2}$/.test(value) || /^[a-f0-9]{40,}$/i.test(value);
    else if (name === 'key') ok = value.length >= 20 && looksRandom(value, 20);
    else if (name === 'password' || name === 'passwd' || name === 'pwd') ok = value.length >= 4;
    else ok = value.length >= 8 && (looksRandom(value) || (value.length >= 16 && charClasses(value).count >= 2));
    if (!ok) continue;
    const start = m.index + 1;
    out.push(secret(start, start + (m[1] ?? '').length + 1 + raw.length, 'URL_TOKEN', 0.9));
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' ')).replace(/ /g, '+');
  } catch {
    return s;
  }
}

const AZURE_KEY =
  /(?<![A-Za-z0-9])(AccountKey|SharedAccessKey|SharedAccessSignature|SharedSecretValue)=([^;"'\s`]{16,2048})/dgi;
const ALNUM_CHARS = charSet(ALNUM);

function azureConnectionStrings(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The name before the "=" is a whole run of letters and digits (the lookbehind).
  const next = nextBeforeSeparator(separators(text).equals, (eq, from) => {
    const s = runStart(text, eq, ALNUM_CHARS, 21);
    return s >= from && s < eq ? s : -1;
  });
  for (const m of matchesFrom(AZURE_KEY, text, next)) {
    const v = groupSpan(m, 2);
    if (v && !isPlaceholderValue(m[2] ?? '')) out.push(secret(v[0], v[1], 'AZURE_CONNECTION_STRING', 0.96));
  }
  return out;
}

function structuredDetect(text: string): Candidate[] {
  // Every rule but the first two holds a ':' or '=' (a scheme, a header, a name=value).
  const { colons, equals } = separators(text);
  if (colons.length === 0 && equals.length === 0) return [...pemKeys(text), ...jwts(text)];
  return [
    ...pemKeys(text),
    ...jwts(text),
    ...connectionStrings(text),
    ...azureConnectionStrings(text),
    ...authorizationHeaders(text),
    ...keyHeaders(text),
    ...cookieHeaders(text),
    ...sessionIds(text),
    ...queryTokens(text),
  ];
}

export const structuredRecognizer: Recognizer = {
  name: 'secrets-structured',
  types: ['SECRET'],
  detect: structuredDetect,
};

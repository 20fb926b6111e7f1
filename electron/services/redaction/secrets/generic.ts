// Generic secrets: a value that looks machine-generated (entropy, charset) right after a key
// that names a secret (`api_key = "..."`, `client_secret:`, `FOO_SECRET=`, `"password": "..."`,
// `password is ...`). Without such a key nothing is reported here: random-looking strings
// alone (hashes, UUIDs, ids) are not secrets.
import { charSet } from '../char-set';
import { matchesVia } from '../fast-scan';
import { isCommon } from '../names/lexicon';
import type { Candidate, Recognizer } from '../types';
import {
  countedUp,
  decodeJsonSegment,
  identifierWords,
  isCodeReference,
  isIdentifierName,
  isPlaceholderValue,
  looksRandom,
  matchesFrom,
  mergeSorted,
  nameEnd,
  nextBeforeSeparator,
  runStart,
  secret,
  separators,
} from './util';

/** Words that make a key a password key: any non-placeholder value counts. */
const PASSWORD_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'pass',
  'pw',
  'kennwort',
  'passwort',
  'motdepasse',
  'contrasena',
  'contraseña',
]);
/** Words that make a key a secret key on their own. */
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'token',
  'apikey',
  'apitoken',
  'credential',
  'credentials',
  'bearer',
  'jwt',
  'sessionid',
  'sessiontoken',
  'privatekey',
  'accesskey',
  'secretkey',
  'authtoken',
  'accesstoken',
  'refreshtoken',
  'clientsecret',
  'webhook',
]);
/** `key` counts only with one of these before it (api key, signing key, ...). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'client',
  'signing',
  'encryption',
  'master',
  'subscription',
  'account',
  'app',
  'consumer',
  'service',
  'license',
  'admin',
  'root',
  'session',
  'storage',
  'shared',
  'sas',
  'hmac',
  'crypt',
  'cipher',
  'aes',
  'jwt',
  'webhook',
  'deploy',
  'ssh',
  'gpg',
  'pgp',
  'dev',
  'prod',
  'live',
  'test',
  'user',
  'bot',
  'integration',
  'primary',
  'secondary',
]);
/** Keys that describe a secret without holding one (`token_type`, `password_policy`, `max_tokens`). */
const META_WORDS = new Set([
  'type',
  'types',
  'count',
  'length',
  'len',
  'url',
  'uri',
  'endpoint',
  'path',
  'file',
  'filename',
  'name',
  'field',
  'label',
  'hint',
  'policy',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'limit',
  'header',
  'prefix',
  'format',
  'size',
  'version',
  'mode',
  'enabled',
  'required',
  'min',
  'max',
  'id',
  'ids',
  'tokens',
  'reset',
  'changed',
  'change',
  'strength',
  'rotation',
  'manager',
  'public',
  'usage',
  'location',
  'env',
  'var',
  'ref',
  'arn',
  'provider',
  'store',
  'vault',
  'index',
  'position',
  'pos',
  'validity',
  'valid',
  'error',
  'message',
  'input',
  'placeholder',
]);

/** Short numeric secrets: card PINs and security codes ("PIN is 4821", "CVV: 123"). */
const CODE_WORDS = new Set(['pin', 'pincode', 'cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'passcode', 'keycode']);
/** What a "code" opens when it is a secret: "the door code is 7731", "alarm code: 4402". */
const LOCK_WORDS = new Set([
  'door',
  'gate',
  'alarm',
  'entry',
  'safe',
  'lock',
  'garage',
  'keypad',
  'lockbox',
  'building',
]);

/** What a key opens when it is a password ("Wi-Fi" ends in "Fi" as the word before a key). */
const NETWORK_WORDS = new Set(['wifi', 'fi', 'wlan', 'wpa', 'wireless', 'hotspot', 'router']);

type KeyKind = 'password' | 'code' | 'secret' | 'env-key' | 'bare-key' | undefined;

function classifyKey(key: string, prevWord: string): KeyKind {
  const words = identifierWords(key);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  if (META_WORDS.has(last) || words.includes('public') || words.includes('publishable')) return undefined;
  if (last === 'tokens' || words.includes('max')) return undefined;
  const joined = words.join('');
  const all = [prevWord, ...words];
  if (words.some((w) => PASSWORD_WORDS.has(w)) || /password|passwd|passwort/.test(joined)) return 'password';
  if (words.length === 1 && (CODE_WORDS.has(last) || (last === 'code' && LOCK_WORDS.has(prevWord)))) return 'code';
  // A wireless network's key is its password: "the Wi-Fi key is …", "wifi_key=…".
  if (last === 'key' && (NETWORK_WORDS.has(prevWord) || words.some((w) => NETWORK_WORDS.has(w)))) return 'password';
  if (words.some((w) => SECRET_WORDS.has(w))) return 'secret';
  if (/(?:api|access|secret|private|auth|client)(?:key|token|secret)/.test(joined)) return 'secret';
  if (/session(?:id|token|key)$/.test(joined) || (last === 'sid' && words.length > 1)) return 'secret';
  for (let i = 1; i < all.length; i++) {
    if ((all[i] === 'key' || all[i] === 'keys') && KEY_QUALIFIERS.has(all[i - 1]!)) return 'secret';
  }
  // Env-var style `STRIPE_KEY=...`: upper snake case ending in KEY.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_KEY$/.test(key)) return 'env-key';
  // "key" alone ("my key is 51HxYz…", `key: 2b7e1516…`): a token's value only.
  if (words.length === 1 && last === 'key') return 'bare-key';
  return undefined;
}

/**
 * key, optional closing quote, separator, optional opening quote. The key starts at an
 * identifier boundary so each identifier is tried once (linear).
 */
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.$-])([A-Za-z_][A-Za-z0-9_.-]{0,80})(["']?)[ \t]*(:=|=>|==|=|:|[ \t](?:is|was|ist|est|es)[ \t])[ \t]*(["'`]?)/g;

const NAME_CHARS = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');
const WORD_SEPARATOR = /[ \t](?:is|was|ist|est|es)[ \t]/g;

/**
 * `next` for ASSIGNMENT: a key is a whole run of name characters (the lookbehind) of at most 81,
 * starting with a letter or _, ending before a separator (":", "=" or " is "), an optional quote
 * and spaces. Keys genericDetect would drop unseen are not tried: the only key that can start
 * between one and its value is the "is" of " is ", itself dropped, so nothing else changes.
 */
function nextAssignment(text: string): (from: number) => number {
  const { colons, equals } = separators(text);
  const words: number[] = [];
  WORD_SEPARATOR.lastIndex = 0;
  for (let m = WORD_SEPARATOR.exec(text); m; m = WORD_SEPARATOR.exec(text)) {
    words.push(m.index);
    WORD_SEPARATOR.lastIndex = m.index + 1; // " is is ": the second starts inside the first
  }
  return nextBeforeSeparator(mergeSorted(mergeSorted(colons, equals), words), (sep, from) => {
    const end = nameEnd(text, sep);
    const s = runStart(text, end, NAME_CHARS, 81);
    if (s < from || s >= end) return -1;
    const c = text.charCodeAt(s);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1; // [A-Za-z_]
    return droppedKey(text, s, text.slice(s, end)) ? -1 : s;
  });
}

/** The key of a match of ASSIGNMENT at `start` whose name is `name`. */
function keyOf(text: string, start: number, name: string): string {
  // A literal "\n" escape (JSON, logs) before the key: the n is not part of it.
  return start > 0 && text[start - 1] === '\\' && /^[nrt][A-Z_]/.test(name) ? name.slice(1) : name;
}

/** True when genericDetect drops the match at `start` before reporting anything, whatever follows. */
function droppedKey(text: string, start: number, name: string): boolean {
  // Query parameters belong to the URL-token recognizer, which knows their conventions.
  if (start > 0 && (text[start - 1] === '?' || text[start - 1] === '&')) return true;
  const key = keyOf(text, start, name);
  return !KEY_HINT.test(key) && !(/[-_.]/.test(key) && KEY_HINT.test(key.replace(/[-_.]/g, '')));
}

/**
 * classifyKey finds a kind only for keys that, without - _ and ., hold one of these (a word of its
 * lists or patterns holds one, and "code" after a lock's word): most keys are rejected before
 * splitting them into words.
 */
const KEY_HINT =
  /pass|pw|kennwort|contrasena|pin|cv|csc|secret|token|key|credential|bearer|jwt|session|sid|webhook|code/i;

function valueAt(text: string, start: number, quote: string): { end: number; value: string } {
  const limit = Math.min(text.length, start + 512);
  let i = start;
  if (quote) {
    while (i < limit && text[i] !== quote && text[i] !== '\n' && text[i] !== '\r') i++;
    if (text[i] !== quote) return { end: start, value: '' };
  } else {
    while (i < limit && !/[\s"'`,;<>(){}[\]\\]/.test(text[i]!)) i++;
    // A sentence's full stop is not part of the value.
    while (i > start && /[.:?]/.test(text[i - 1]!)) i--;
  }
  return { end: i, value: text.slice(start, i) };
}

const SUBSCRIPT_OR_CALL = /^[[(]$/;
const TOKEN_VALUE = /^[A-Za-z0-9+/_=.~-]+$/;

/** The last word of an identifier, lower-cased: "self.password" -> "password", "DB_PASS" -> "pass". */
function lastWord(key: string): string {
  const words = identifierWords(key);
  return words[words.length - 1] ?? '';
}

function genericDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = ASSIGNMENT;
  for (const m of matchesFrom(re, text, nextAssignment(text))) {
    if (m.index > 0 && /[?&]/.test(text[m.index - 1]!)) continue; // see droppedKey
    const key = keyOf(text, m.index, m[1]!);
    const sep = m[3]!.trim();
    const quote = m[4] ?? '';
    const valueStart = m.index + m[0].length;
    // Keep scanning from the value: `Config: API_KEY=...` must reach API_KEY.
    re.lastIndex = valueStart - quote.length;
    if (droppedKey(text, m.index, m[1]!)) continue;
    const prev = /([A-Za-z]+)[ \t_-]?$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const kind = classifyKey(key, (prev?.[1] ?? '').toLowerCase());
    if (!kind) continue;
    // "key is value" only in prose about passwords/keys; `==` is a comparison, not an assignment.
    if (sep === '==') continue;
    const { end, value } = valueAt(text, valueStart, quote);
    if (!value || isPlaceholderValue(value) || (!quote && isCodeReference(value))) continue;
    // Code: a subscript or a call (`password = config['password']`), or the variable of the same name
    // (`self.password = password`).
    if (!quote && (SUBSCRIPT_OR_CALL.test(text[end] ?? '') || value.toLowerCase() === lastWord(key))) continue;
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)/i.test(value)) continue; // a URL or file path
    // JWT-shaped values are judged by the JWT recognizer (an unsigned or partial token is not a credential).
    if (/^eyJ[A-Za-z0-9_-]{4,}/.test(value) && decodeJsonSegment(value.split('.')[0]!)) continue;
    let score: number;
    if (kind === 'code') {
      // Only the digits of a PIN or security code; "pin: true", "pin = 13" (a GPIO pin) are not one.
      if (!/^\d{3,8}$/.test(value) || (value.length < 4 && !/cv|csc/i.test(key))) continue;
      score = 0.85;
    } else if (kind === 'password') {
      const s = passwordScore(text, value, quote, end, /^[a-z]+$/.test(sep));
      if (s === undefined) continue;
      score = s;
    } else if (kind === 'secret') {
      if (!looksRandom(value, 12) || (!quote && isIdentifierName(value))) continue;
      score = 0.88;
    } else {
      if (!looksRandom(value, 16)) continue;
      // "key" alone names many things in code: only a token's characters, letters and digits both.
      if (kind === 'bare-key' && !(TOKEN_VALUE.test(value) && RANDOM_PART.test(value))) continue;
      score = 0.8;
    }
    out.push(secret(valueStart, end, kind === 'password' ? 'PASSWORD' : kind === 'code' ? 'PIN' : 'GENERIC', score));
    re.lastIndex = end;
  }
  localPasswords(text, out);
  bareSecurityCodes(text, out);
  barePasswords(text, out);
  return out;
}

// A password written right after the word, without ':' or '=' ("logged in with password 9vKz!pQ2mW").
// Only a value shaped like a password (two kinds of character, one a digit or a symbol): "password
// reset", "password manager" and "password 2" are prose.
// The same in other languages: "Passwort für das WLAN im Büro lautet Elbe2024!Nord", "le mot de passe
// du wifi est …", "la contraseña de la oficina es …".
const LOCAL_PASSWORD_FOR =
  /(?<![\p{L}\p{N}_])(?:passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|lösenord)[ \t]+(?:für|vom|von|des|der|zum|pour|du|de|del|para|do|da|voor|van|för|till)(?:[ \t]+[\p{L}\p{N}'’._-]{1,30}){1,8}?(?:[ \t]+(?:lautet|ist|est|es|é|is|är)[ \t]+|[ \t]*[:=][ \t]*)["'`]?([^\s"'`]{6,64})/giu;
const LOCAL_PASSWORD_FOR_LOOSE = /passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|lösenord/giu;
// Also after a label in brackets: "reset your password (current: fH8#kL2q!)"; the bracket opens no value.
const BARE_PASSWORD =
  /(?<![A-Za-z0-9_])(?:password|passwd|passphrase|passcode|pwd)[ \t]+(?:\([\p{L} \t]{1,16}[:=][ \t]*)?([^\s"'`(][^\s"'`]{5,63})/giu;
const BARE_PASSWORD_LOOSE = /pass|pwd/giu;
// "the Wi-Fi password for the Milan office is Gelato#Verde77", "the password at the Lisbon office is …":
// what (or where) the password opens comes between the word and its value, up to eight words ("the
// WiFi password for the Airbnb at 14 Rue Oberkampf is Bonjour2024!").
const PASSWORD_FOR =
  /(?<![A-Za-z0-9_])(?:password|passwd|passphrase|passcode)[ \t]+(?:for|of|to|on|at|in)(?:[ \t]+[\p{L}\p{N}'’._-]{1,30}){1,8}?(?:[ \t]+(?:is|was)[ \t]+|[ \t]*[:=][ \t]*)["'`]?([^\s"'`]{6,64})/giu;

function passwordShaped(value: string): boolean {
  const kinds = +/[a-z]/.test(value) + +/[A-Z]/.test(value) + +/\d/.test(value) + +/[^A-Za-z0-9]/.test(value);
  return (
    kinds >= 2 && /[^A-Za-z]/.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^\d+(?:[.,]\d+)*$/.test(value)
  );
}

// A quoted value right after the word may hold spaces: "passphrase 'blue heron sunrise 42'".
const QUOTED_PASSWORD =
  /(?<![A-Za-z0-9_])(?:password|passwd|passphrase|passcode|pwd)(?:[ \t]+(?:is|was))?[ \t]+(["'“‘])([^"'“”‘’\n]{6,64})["'”’]/giu;

// A password being set: "reset the password for user jdoe_88 to rT7#kL9!xQ", "changed my password to
// Sunflower2024!". The verb is required: in "the password to server01 is in the vault" the word after
// "to" is what the password opens.
const PASSWORD_SET_TO =
  /(?<![A-Za-z0-9_])(?:set|sets|setting|change|changes|changed|changing|reset|resets|resetting|update|updated|updating)[ \t]+(?:(?:the|his|her|their|my|your|our|its|a|new|temporary|temp)[ \t]+){0,2}(?:password|passwd|passphrase|passcode)(?:[ \t]+(?:for|of|on)(?:[ \t]+[\p{L}\p{N}'’._@-]{1,30}){1,4}?)?[ \t]+(?:to|as)[ \t]+["'`]?([^\s"'`]{6,64})/giu;

const PASSWORD_SET_TO_LOOSE = /reset|set|chang|updat/giu;
/** The same said of the password: "the VPN password changed to Winter#2024vpn", "my password was reset to …". */
const PASSWORD_CHANGED_TO =
  /(?<![A-Za-z0-9_])(?:password|passwd|passphrase|passcode)[ \t]+(?:(?:was|is|has[ \t]+been|had[ \t]+been|got|gets|will[ \t]+be)[ \t]+)?(?:set|changed|reset|updated)[ \t]+(?:to|as)[ \t]+["'`]?([^\s"'`]{6,64})/giu;
const PASSWORD_CHANGED_TO_LOOSE = /pass/giu;

// "The HMAC secret in config is 'f3a9…'", "the API token for staging was 9fK2…": what the secret is for
// comes between its name and its value (ASSIGNMENT reads only the word right before "is"). The value must
// look random, as for a key in an assignment: "the key for the shed is under the mat" is prose.
const SECRET_FOR =
  /(?<![A-Za-z0-9_])(?:(?:api|access|secret|private|client|hmac|signing|auth|bearer)[ \t_-]?)?(?:secret|token|key)[ \t]+(?:for|of|to|on|in|from)(?:[ \t]+[\p{L}\p{N}'’._-]{1,30}){1,5}?(?:[ \t]+(?:is|was)[ \t]*:?[ \t]+|[ \t]*[:=][ \t]*)(["'`]?)([A-Za-z0-9+/_=.~-]{12,512})\1(?![A-Za-z0-9+/_=.~-])/giu;
const SECRET_FOR_LOOSE = /secret|token|key/giu;

// A secret's name and its value with only a space between them, as people write in chat: "api key
// 8f14e45f…", "session id 5a36de…", "token ghx7…", "the old key sk-live-51Hx…". Only a long value that looks random: "the access
// token expired", "session id column" are prose.
const BARE_SECRET =
  /(?<![A-Za-z0-9_])(?:(?:api|access|secret|private|client|auth|session|refresh|signing|hmac|bearer)[ \t_-]?(?:key|token|secret|id)|token|secret|key)[ \t]+([A-Za-z0-9+/_=.~-]{16,512})(?![A-Za-z0-9+/_=.~-])/giu;

const BARE_SECRET_LOOSE = /api|access|secret|private|client|auth|session|refresh|signing|hmac|bearer|token|key/giu;
/**
 * Words joined by _ - or . ("sauce_recipe_version_2"): a name, not a secret. Not when a part is a long
 * run of letters and digits ("sk-live-51HxYz9KqT2vBn8mW3pR7sL0"): no word is.
 */
const wordsJoined = (value: string): boolean =>
  WORDS_JOINED.test(value) && !value.split(/[-_.]/).some((part) => part.length >= 12 && RANDOM_PART.test(part));
const WORDS_JOINED = /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+)+$/;
/** Letters and digits both (in a value of one line). */
const RANDOM_PART = /^(?=.*\d)(?=.*[A-Za-z])/;

function secretsAfterWord(text: string, out: Candidate[]): void {
  for (const m of matchesVia(SECRET_FOR, SECRET_FOR_LOOSE, text)) {
    const value = m[2]!.replace(/[.]+$/, '');
    if (!looksRandom(value, 12) || isPlaceholderValue(value)) continue;
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    out.push(secret(start, start + value.length, 'GENERIC', 0.85));
  }
  for (const m of matchesVia(BARE_SECRET, BARE_SECRET_LOOSE, text)) {
    const value = m[1]!.replace(/[.]+$/, '');
    if (!looksRandom(value, 16) || !RANDOM_PART.test(value) || wordsJoined(value)) continue;
    if (isPlaceholderValue(value) || countedUp(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(secret(start, start + value.length, 'GENERIC', 0.8));
  }
}

function barePasswords(text: string, out: Candidate[]): void {
  for (const re of [BARE_PASSWORD, PASSWORD_FOR]) passwordsAfterWord(re, BARE_PASSWORD_LOOSE, text, out);
  passwordsAfterWord(LOCAL_PASSWORD_FOR, LOCAL_PASSWORD_FOR_LOOSE, text, out);
  secretsAfterWord(text, out);
  passwordsAfterWord(PASSWORD_SET_TO, PASSWORD_SET_TO_LOOSE, text, out);
  passwordsAfterWord(PASSWORD_CHANGED_TO, PASSWORD_CHANGED_TO_LOOSE, text, out);
  for (const m of matchesVia(QUOTED_PASSWORD, BARE_PASSWORD_LOOSE, text)) {
    const value = m[2]!;
    if (isPlaceholderValue(value) || !/\S\s*\S/.test(value)) continue;
    const start = m.index + m[0].length - 1 - value.length; // before the closing quote
    out.push(secret(start, start + value.length, 'PASSWORD', 0.85));
  }
}

/** The password-shaped values `re` finds (`loose` matches wherever `re` starts: see matchesVia). */
function passwordsAfterWord(re: RegExp, loose: RegExp, text: string, out: Candidate[]): void {
  for (const m of matchesVia(re, loose, text)) {
    // A sentence's punctuation after the value is not part of it.
    const value = m[1]!.replace(/[.,;:)\]]+$/, '');
    if (value.length < 6 || !passwordShaped(value) || isPlaceholderValue(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(secret(start, start + value.length, 'PASSWORD', 0.85));
  }
}

// A card's security code written without ':' or '=' ("exp 12/26 CVV 123"): the word names nothing
// else, so three or four digits right after it are the code.
const BARE_CVV = /(?<![A-Za-z0-9_])(?:cvv2?|cvc2?|csc)[ \t]+(\d{3,4})(?![\d.,/-]?\d)/giu;
const BARE_CVV_LOOSE = /cv[vc]|csc/giu;
// Words between the code's name and "is": "the CVV on the back is 737", "the security code is 123".
const CVV_IS =
  /(?<![A-Za-z0-9_])(?:cvv2?|cvc2?|csc|(?:card[ \t]+)?security[ \t]+code)(?:[ \t]+[\p{L}'’]{1,12}){0,4}?[ \t]+(?:is|was|reads)[ \t]*:?[ \t]+(\d{3,4})(?![\d.,/-]?\d)/giu;
const CVV_IS_LOOSE = /cv[vc]|csc|security/giu;
// A card PIN right after the word: "Your PIN 8841". Four digits at least: "pin 13" is a GPIO pin.
// A meeting's passcode or a building's access code the same way: "Zoom passcode 482913".
const BARE_PIN =
  /(?<![A-Za-z0-9_])(?:PIN|Pin|pin|[Pp]asscode|PASSCODE|[Aa]ccess[ \t]+code|ACCESS[ \t]+CODE)(?:[ \t]+(?:code|number|no\.?))?[ \t]+(\d{4,8})(?![\d.,/-]?\d)/gu;
const BARE_PIN_LOOSE = /pin|passcode|access/giu;
// A one-time or verification code right after its name: "Send the OTP 739204", "your verification code
// is 48213", also in two groups of three as apps show it ("one-time code 518 204"). It logs the user in
// for a while.
const BARE_OTP =
  /(?<![A-Za-z0-9_])(?:otp|one[ \t-]time[ \t]+(?:pass)?(?:code|password)|(?:verification|2fa|mfa|login|sign-in)[ \t]+code)(?:(?:[ \t]+(?:for|of|to)(?:[ \t]+[\p{L}\p{N}'’._-]{1,30}){1,4}?)?[ \t]+(?:is|was))?[ \t]*:?[ \t]+(\d{4,8}|\d{3}[ -]\d{3})(?![\d.,/-]?\d)/giu;
const YEAR = /^(?:19|20)\d\d$/;
const BARE_OTP_LOOSE = /otp|one[ \t-]time|verification|2fa|mfa|login|sign-in/giu;

function bareSecurityCodes(text: string, out: Candidate[]): void {
  for (const [re, loose] of [
    [BARE_CVV, BARE_CVV_LOOSE],
    [CVV_IS, CVV_IS_LOOSE],
    [BARE_PIN, BARE_PIN_LOOSE],
    [BARE_OTP, BARE_OTP_LOOSE],
  ] as const) {
    for (const m of matchesVia(re, loose, text)) {
      const end = m.index + m[0].length;
      // "the OTP 2024 rollout", "the access code 2024 policy": a year (a PIN may be any four digits).
      if ((re === BARE_OTP || (re === BARE_PIN && !/^pin/i.test(m[0]))) && YEAR.test(m[1]!)) continue;
      out.push(secret(end - m[1]!.length, end, re === BARE_OTP ? 'OTP' : 'PIN', 0.85));
    }
  }
}

const PASSPHRASE_LENGTH = 12;
/** What a password is like, in the messages people paste: "Your password is incorrect." */
const PASSWORD_STATES = new Set(
  (
    'incorrect invalid wrong expired required mandatory optional correct valid weak strong missing empty blank ' +
    'locked unlocked reset changed set same different new old temporary unknown forgotten saved stored hidden ' +
    'encrypted hashed protected secure insecure compromised leaked visible ' +
    // The same in the other languages of LOCAL_WORDS: "das Kennwort ist falsch.", "la contraseña es incorrecta."
    'falsch richtig ungültig gültig abgelaufen gesperrt neu alt sicher unsicher ' +
    'incorrecto incorrecta inválido inválida caducado caducada correcta correcto segura débil nueva ' +
    'incorrecte invalide expiré expirée erroné erronée sécurisé faible ' +
    'errata errato sbagliata sbagliato scaduta scaduto valida ' +
    'incorreta incorreto expirada errada fraca forte ' +
    'onjuist verkeerd ongeldig verlopen fout geldig sterk zwak ' +
    'fel ogiltig feil ugyldig forkert'
  ).split(' '),
);

/**
 * The score of a password key's value, or undefined when it is not one. `spelled`: the key and value
 * are joined by a word ("password is …"), as in prose, not by ':' or '='.
 */
function passwordScore(text: string, value: string, quote: string, end: number, spelled = false): number | undefined {
  if (value.length < 4) return undefined;
  if (!quote && /^[a-z]+$/.test(value)) {
    // Prose: "password: reset it via the portal", "password is required and…", "your password is
    // incorrect." (what a password is like ends the sentence too; "my password is sunshine." is one). A
    // long run of letters that is no word is a passphrase written together: "password is
    // correcthorsebatterystaple and…".
    const sentence = /^[ \t]+[A-Za-z]/.test(text.slice(end, end + 3));
    if (sentence && (value.length < PASSPHRASE_LENGTH || isCommon(value))) return undefined;
    if (spelled && PASSWORD_STATES.has(value)) return undefined;
  }
  return quote || /[^a-z]/.test(value) ? 0.9 : 0.75;
}

// "Password" in other languages, which ASSIGNMENT's ASCII identifier keys cannot hold ("contraseña",
// "mot de passe", "пароль") or do not list: "key: value", "key = value", and "my key is value" in the
// key's language. Words of scripts written without spaces need no word boundary.
const LOCAL_WORDS =
  'contraseña|mot de passe|mdp|senha|wachtwoord|salasana|lösenord|passord|adgangskode|kodeord|heslo|hasło|jelszó|şifre|пароль|passwort|kennwort';
const CJK_WORDS = '密码|密碼|パスワード|비밀번호';
const LOCAL_IS = '[ \\t]+(?:es|est|é|is|on|är|er|je|jest|to|ist|lautet|luidt)[ \\t]+';
// A word for "temporary", "new" or "initial" may stand between: "contraseña temporal es …", "Passwort lautet …".
const LOCAL_KIND =
  '(?:[ \\t]+(?:temporal|temporaire|provisoire|provisional|provisória|provisoria|temporária|temporanea|temporäres|vorläufiges|tijdelijk|tijdelijke|nueva|nouveau|nouvel|nova|novo|neues|nieuwe|inicial|initial|initiales|actual|actuel))?';
const LOCAL_PASSWORD = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_])(?:${LOCAL_WORDS})|${CJK_WORDS})${LOCAL_KIND}["']?(?:[ \\t]*[:=：][ \\t]*|${LOCAL_IS})(["'\\x60]?)`,
  'giu',
);
// The same without the word boundary, for the fast scan (fast-scan.ts).
const LOCAL_PASSWORD_LOOSE = new RegExp(`(?:${LOCAL_WORDS}|${CJK_WORDS})`, 'giu');

function localPasswords(text: string, out: Candidate[]): void {
  for (const m of matchesVia(LOCAL_PASSWORD, LOCAL_PASSWORD_LOOSE, text)) {
    const quote = m[1] ?? '';
    const valueStart = m.index + m[0].length;
    const { end, value } = valueAt(text, valueStart, quote);
    if (!value || isPlaceholderValue(value) || (!quote && isCodeReference(value))) continue;
    const spelled = !/[:=：][ \t]*["'`]?$/.test(m[0]);
    const score = passwordScore(text, value, quote, end, spelled);
    if (score !== undefined) out.push(secret(valueStart, end, 'PASSWORD', score));
  }
}

export const genericRecognizer: Recognizer = {
  name: 'secrets-generic',
  types: ['SECRET'],
  detect: genericDetect,
};

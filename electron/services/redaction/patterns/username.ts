// Account names after a label ("Username: jsmith82", "login=ana.k", "user=jdoe") and service account ids
// (Stripe's "cus_…"): they identify the person who owns the account. Only the value after an explicit
// label counts; ordinary words there ("Username: required") are prose, not a name.
import { commandLines } from '../command-lines';
import { allMatches, matchesVia } from '../fast-scan';
import { isCommon, NEVER_NAME } from '../names/lexicon';
import type { Candidate, Recognizer } from '../types';

// A bare "user" only with '=' (logs, code: user=jdoe, user="etl"): "User: …" starts a chat turn.
// The value is no key of its own: "Login: username=kpatel_91" holds the account after the '='.
const LABELLED =
  /(?<![\p{L}\p{N}_])(?:(?:user[ _-]?name|user[ _-]?id|login(?:[ _-]?name)?|benutzer(?:name)?|usuario|utilisateur|nom d'utilisateur)["']?[ \t]*[:=]|user["']?[ \t]*=(?!=))[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._@-]{1,63})(?![A-Za-z0-9._@-]|[ \t]*[:=])/giu;

/**
 * An account name after the bare word, in logs and tickets: "accessed by user jsmith", "login
 * a.kumar failed", "user id 'nkhumalo'", "logs in as svc_backup". Only a token no dictionary
 * knows ("user interface", "account settings").
 */
const AFTER_WORD =
  /(?<![\p{L}\p{N}_@./-])(?:user(?:[ _]?(?:name|id))?|login|account(?:[ _]?name)?|(?:logs|logged|signs|signed)[ \t]+in[ \t]+as)[ \t]+(["'‘`]?)([A-Za-z][A-Za-z0-9._-]{2,31})\1(?:(?<=["'‘`])|(?![\p{L}\p{N}_@-]))/giu;

/** An environment variable or config key naming an account: POSTGRES_USER: fjohnson, DB_USERNAME=ana. */
const ENV_KEY =
  /[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:USER|USERNAME|LOGIN)["']?[ \t]*[:=][ \t]*["']?([A-Za-z][A-Za-z0-9._-]{1,63})/y;
const KEY_CHAR = /[A-Z0-9_]/;

/** ENV_KEY's matches: found from each "_USER" or "_LOGIN", whose key starts where its capitals start. */
function* envKeys(text: string): Generator<RegExpExecArray> {
  for (const word of ['_USER', '_LOGIN']) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      // A key is short: the walk back stops after 64 characters (a long run of capitals is no key).
      let s = i;
      while (s > 0 && i - s < 64 && KEY_CHAR.test(text[s - 1]!)) s--;
      if (i - s >= 64 || (s > 0 && /[a-z]/.test(text[s - 1]!))) continue;
      ENV_KEY.lastIndex = s;
      const m = ENV_KEY.exec(text);
      if (m) yield m;
    }
  }
}

/**
 * A messenger or social account after the app's name: "WeChat: liwei_sh88", "QQ 123456789", "Telegram
 * @ana_k", "Line ID: mika.t". Names that are also common words (line, signal) need ':' or '='.
 */
const MESSENGER =
  /(?<![\p{L}\p{N}_])(?:(?:wechat|weixin|skype|telegram|discord|kakao(?:talk)?|qq|snapchat|instagram|tiktok|viber|whatsapp)(?:[ \t]+(?:id|handle|username|name))?["']?[ \t]*(?:[:=][ \t]*|is[ \t]+|[ \t]+)|(?:line|signal|threads)(?:[ \t]+id)?["']?[ \t]*[:=][ \t]*)@?(?:live:\.?)?([A-Za-z0-9][A-Za-z0-9._-]{2,31})/giu;
const LOWER_AMBIGUOUS_APP = /^(?:line|signal|threads)(?![ \t]+id)/;
/** What follows an app's name in prose: "our Discord server", "the Telegram channel". */
const APP_WORDS = new Set(
  'server servers channel channels group groups chat chats bot bots community app call calls message messages link links profile handle id username account webhook webhooks token tokens api invite integration notification notifications'.split(
    ' ',
  ),
);
const MESSENGER_LOOSE =
  /wechat|weixin|skype|telegram|discord|kakao|qq|snapchat|instagram|tiktok|viber|whatsapp|line|signal|threads/gi;

/**
 * The account of a failed or accepted login in a log line: "Login failed for jessica.alvarez from",
 * sshd's "Failed password for invalid user deploy from", "Accepted publickey for jdoe from". Not a
 * key whose value follows: "auth failed for email=t.nguyen@…" (that value is read as an e-mail).
 */
const LOGIN_FOR =
  /(?:(?:log[ -]?in|logon|sign[ -]?in|authentication|auth)[ \t]+(?:failed|failure|succeeded|successful|attempt|denied|error)|(?:failed|accepted)[ \t]+(?:password|publickey|keyboard-interactive(?:\/pam)?))[ \t]+for[ \t]+(?:invalid[ \t]+)?(?:user[ \t]+)?["']?([A-Za-z][A-Za-z0-9._-]{1,31})(?![A-Za-z0-9._-]|[ \t]*[=:])/giu;
const LOGIN_FOR_LOOSE = /log|sign|auth|failed|accepted/gi;

// The same without the leading lookbehind, for the fast scan (fast-scan.ts).
const AFTER_WORD_LOOSE = /user|login|account|logs in|logged in|signs in|signed in/gi;

/**
 * An account name in a sentence, after "is" or a colon, maybe with what it is for between:
 * "my username is sk8er_grl_99", "Username for the VPN: jdoe88", "my gamertag is xXShadowXx".
 * Same groups as AFTER_WORD.
 */
const NAME_FOR = String.raw`(?:[ \t]+(?:on|for|at|in)(?:[ \t]+[\p{L}\p{N}'’._-]{1,30}){1,3}?)`;
const NAME_IS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./-])(?:user[ _-]?name|user[ _-]?id|login(?:[ _-]?name)?|screen[ \t]+name|gamertag|handle)` +
    // "Username: x" alone is LABELLED's.
    String.raw`(?:${NAME_FOR}?[ \t]+(?:is|was)[ \t]+|${NAME_FOR}[ \t]*:[ \t]*)` +
    String.raw`@?(["'‘\u0060]?)([A-Za-z0-9][A-Za-z0-9._-]{2,31})\1(?![\p{L}\p{N}_@-])`,
  'giu',
);
const NAME_IS_LOOSE = /user|login|screen|gamertag|handle/gi;

/** Endings of inflected and derived words, which account names rarely have. */
const WORD_ENDING = /(?:ed|ing|ion|ment|ness|ly|able|ible|s)$/i;

/** The account name in a home directory path: /home/alice/…, /Users/alice/…, C:\\Users\\alice\\… */
const HOME_DIR =
  /(?:\/home|\/Users|\/mnt\/[a-z]\/Users|(?<![A-Za-z])[A-Za-z]:\\Users)[/\\]([A-Za-z0-9][A-Za-z0-9._-]{0,31})(?=[/\\"'`\s),;]|$)/g;
/** Shared and service accounts: no person behind them. */
const SHARED_ACCOUNTS = new Set(
  [
    'public default shared guest all users user admin administrator root',
    // Cloud images and containers.
    'ubuntu ec2-user centos debian fedora azureuser opc cloud-user vagrant node app www-data docker pi',
    // Deployment, CI and the usual daemons.
    'deploy deployer runner gitlab-runner github jenkins circleci travis buildkite git svc service ci build',
    'postgres mysql redis nginx apache tomcat oracle hadoop elastic',
  ]
    .join(' ')
    .split(' '),
);

const LETTERS = /^[A-Za-z]+$/;
/** Types of programming languages and databases: "user_id: int" declares a field, naming no account. */
const TYPE_NAMES = new Set(
  'int integer bigint smallint str string bool boolean float double decimal long char varchar text uuid any none null void'.split(
    ' ',
  ),
);
/** An ordinary English word or a type's name, which no account name after a label is ("Username: required"). */
const isPlainWord = (v: string) => LETTERS.test(v) && (isCommon(v) || TYPE_NAMES.has(v.toLowerCase()));

/** An acronym names a field, not an account: "account SID AC12...", "account PIN", "DB_USER: SA". */
const ACRONYM = /^[A-Z]{2,6}$/;
/** The same acronyms written in lower case: "account sid AC2f8e…", "user uid 1042". */
const FIELD_ACRONYMS = new Set('sid pin uid gid guid uuid arn iban bic ssid ref dob ssn'.split(' '));

/** The account `value` (group 1 of `m`, maybe trimmed at its end) as a candidate. */
function accountIn(m: RegExpExecArray, value: string, score: number): Candidate {
  const start = m.index + m[0].length - m[1]!.length;
  return username(start, start + value.length, score);
}

function username(start: number, end: number, score: number, subtype = 'USERNAME'): Candidate {
  return { start, end, type: 'ID_NUMBER', subtype, score, source: 'pattern' };
}

/** `raw` without its trailing . _ -, when at least `min` long and no shared account; else undefined. */
function accountName(raw: string, min: number): string | undefined {
  const value = raw.replace(/[._-]+$/, '');
  return value.length < min || SHARED_ACCOUNTS.has(value.toLowerCase()) ? undefined : value;
}

function homeDirectories(text: string, out: Candidate[]): void {
  if (!text.includes('/home') && !text.includes('Users')) return;
  for (const m of allMatches(HOME_DIR, text)) {
    const value = m[1]!;
    if (SHARED_ACCOUNTS.has(value.toLowerCase()) || value.startsWith('.')) continue;
    const start = m.index + m[0].length - value.length;
    out.push(username(start, start + value.length, 0.7));
  }
}

function afterWord(text: string, out: Candidate[]): void {
  for (const [re, loose] of [
    [AFTER_WORD, AFTER_WORD_LOOSE],
    [NAME_IS, NAME_IS_LOOSE],
  ] as const) {
    accountsAfter(re, loose, text, out);
  }
}

const IBAN_HEAD = /^[A-Z]{2}[0-9]{2}$/;
const GROUP_AFTER = /^[ \t][A-Z0-9]{4}/;

/** The accounts `re` finds (groups: the quote, the value), when they are not words or shared accounts. */
function accountsAfter(re: RegExp, loose: RegExp, text: string, out: Candidate[]): void {
  for (const m of matchesVia(re, loose, text)) {
    const value = accountName(m[2]!, 3);
    if (!value) continue;
    // Part of an e-mail address ("user test.user+tag@example.com"): the e-mail recognizer's. Not a
    // quoted account before its host, as MySQL writes it: "user 'billing_svc'@'10.0.3.17'".
    const after = text[m.index + m[0].length];
    if (!m[1] && (after === '+' || after === '@')) continue;
    if (ACRONYM.test(value) || FIELD_ACRONYMS.has(value.toLowerCase())) continue;
    // The head of an IBAN written in groups ("account DE27 1002 0500 …"): the IBAN recognizer's, even
    // when its check fails.
    if (IBAN_HEAD.test(value) && GROUP_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      continue;
    // A word, or shaped like one: "user authenticated", "account permissions", "login sessions".
    if (LETTERS.test(value) && (isCommon(value) || NEVER_NAME.has(value.toLowerCase()) || WORD_ENDING.test(value)))
      continue;
    // The value ends the match, before its closing quote if it has one.
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    out.push(username(start, start + value.length, 0.7));
  }
}

/** The account under a *_USER key, of a login line in a log, and after a messenger app's name. */
function keysLogsAndApps(text: string, out: Candidate[]): void {
  for (const matches of [
    envKeys(text),
    matchesVia(LOGIN_FOR, LOGIN_FOR_LOOSE, text),
    matchesVia(MESSENGER, MESSENGER_LOOSE, text),
  ]) {
    for (const m of matches) {
      // In lower case "line = …", "signal: …", "threads = 4" are code's variables, not the apps.
      if (LOWER_AMBIGUOUS_APP.test(m[0])) continue;
      const value = accountName(m[1]!, 2);
      // Shared accounts, acronyms ("DB_USER: SA"), words and what follows an app's name ("Discord server").
      if (!value || ACRONYM.test(value)) continue;
      if (LETTERS.test(value) && (isCommon(value) || APP_WORDS.has(value.toLowerCase()))) continue;
      out.push(accountIn(m, value, 0.75));
    }
  }
}

/** The speaker of a pasted chat log's line: "[09:14] sam.k: hey", "10:02 <jordan_b>: ok". */
const CHAT_SPEAKER =
  /[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+<?([A-Za-z][A-Za-z0-9._-]{1,31})>?:[ \t]/y;
/** Speakers that are roles, not people. */
const CHAT_ROLES = new Set(
  (
    'system assistant bot me you moderator server info error warn ' +
    // The sides of a support call, an interview or a consultation: "[10:43] Customer: it's Gregory…".
    'customer agent client caller support user admin host guest operator rep representative interviewer ' +
    'interviewee candidate patient doctor nurse'
  ).split(' '),
);

/** The speaker of a chat turn whose time starts at `at` (maybe after blanks), unless a role. */
function speakerAt(text: string, at: number): Candidate | undefined {
  CHAT_SPEAKER.lastIndex = at;
  const m = CHAT_SPEAKER.exec(text);
  const value = m && accountName(m[1]!, 2);
  if (!m || !value || CHAT_ROLES.has(value.toLowerCase())) return undefined;
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return username(start, start + value.length, 0.75);
}

function chatSpeakers(text: string, out: Candidate[]): void {
  // Tried at each line start whose first character can open a time ("[" or a digit).
  for (let line = 0; line < text.length;) {
    let i = line;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text.charCodeAt(i);
    if (c === 0x5b || (c >= 0x30 && c <= 0x39)) {
      const speaker = speakerAt(text, line);
      if (speaker) out.push(speaker);
    }
    const next = text.indexOf('\n', line);
    if (next < 0) break;
    line = next + 1;
  }
  // A log pasted on one line ("Analyze this chat: [09:01] kevin_m: yo … [09:02] jess.w: got it"): a
  // bracketed time after a space opens a turn too, where two or more turns show it is a log (not
  // "meeting at [10:00] Agenda: budget").
  const turns: Candidate[] = [];
  for (let at = text.indexOf('[', 1); at >= 0; at = text.indexOf('[', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09) continue;
    let b = at - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
    if (b < 0 || text[b] === '\n') continue; // a line start: taken above
    const speaker = speakerAt(text, at);
    if (speaker) turns.push(speaker);
  }
  if (turns.length >= 2) for (const t of turns) out.push(t);
}

/**
 * The nick that opens an IRC-style log's line without a time: "<jdoe> can someone reset my pw?". Two such
 * lines make a log, or one nick that is no word (an underscore, a digit or a dot in it); not an HTML
 * tag ("<div> text", "<br> …") nor an English word, nor a usage line's indented placeholder ("  <regex>  provide
 * a regex").
 */
const IRC_SPEAKER = /^<([A-Za-z][A-Za-z0-9._-]{1,31})> \S/gm;
const IRC_NICK_MARK = /[_.\d]/;
const HTML_TAGS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav ' +
    'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select ' +
    'small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr ' +
    'track u ul var video wbr center font svg path g'
  ).split(' '),
);

function ircSpeakers(text: string, out: Candidate[]): void {
  if (!text.includes('<')) return;
  const found: Candidate[] = [];
  let marked = false;
  for (const m of allMatches(IRC_SPEAKER, text)) {
    const nick = m[1]!;
    // Nor a usage line's placeholder: "<regex>  provide a regex", "<variable> = …".
    if (HTML_TAGS.has(nick.toLowerCase()) || CHAT_ROLES.has(nick.toLowerCase()) || isPlainWord(nick)) continue;
    const value = accountName(nick, 2);
    if (!value) continue;
    marked ||= IRC_NICK_MARK.test(value);
    const start = m.index + m[0].indexOf('<') + 1;
    found.push(username(start, start + value.length, 0.75));
  }
  if (found.length >= 2 || marked) for (const c of found) out.push(c);
}

/**
 * The authenticated user of a web server's access log line (the Common and Combined Log Formats):
 * `192.168.1.23 - jdoe [10/Oct/2023:13:55:36 -0700] "GET …"`. The field before it (identd's) too.
 */
const ACCESS_LOG_USER =
  /^[ \t]*[^\s[\]]+[ \t]+([^\s[\]]+)[ \t]+([^\s[\]]+)[ \t]+\[\d{1,2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2}[ \t][+-]\d{4}\]/dgm;

function accessLogUsers(text: string, out: Candidate[]): void {
  if (!text.includes(' [')) return;
  for (const m of allMatches(ACCESS_LOG_USER, text)) {
    for (const group of [1, 2]) {
      const value = m[group]!;
      if (value === '-' || !accountName(value, 2)) continue;
      const start = m.indices![group]![0];
      out.push(username(start, start + value.length, 0.75));
    }
  }
}

export const usernameRecognizer: Recognizer = {
  name: 'username',
  types: ['ID_NUMBER'],
  detect(text) {
    const out: Candidate[] = [];
    // A label ends in ':' or '=': without either, its scan (which cannot skip ahead) is spared.
    const labelled = text.includes(':') || text.includes('=') ? allMatches(LABELLED, text) : [];
    for (const m of labelled) {
      let value = m[1]!;
      value = value.replace(/[.@-]+$/, '');
      if (value.length < 2) continue;
      // An e-mail address is the e-mail recognizer's; a plain English word is prose.
      if (value.includes('@')) continue;
      if (isPlainWord(value)) continue;
      out.push(accountIn(m, value, 0.8));
    }
    if (text.includes('user')) quotedUserKeys(text, out);
    afterWord(text, out);
    keysLogsAndApps(text, out);
    chatSpeakers(text, out);
    ircSpeakers(text, out);
    homeDirectories(text, out);
    if (text.includes('\\')) windowsAccounts(text, out);
    codeOwners(text, out);
    serviceAccounts(text, out);
    accessLogUsers(text, out);
    greetedHandles(text, out);
    namedInOtherLanguages(text, out);
    commandLineUsers(text, out);
    return out.filter((c) => !CODE_OR_CONTRACTION_AFTER.test(text.slice(c.end, c.end + 5)));
  },
};

/**
 * The account a pasted command logs in as: `docker login -u jdoe`, `mysql -u kpatel -p`, `psql -U
 * etl_ro`, `mongosh --username ana.k`, `ssh -l deploy2 host`. Only after these commands' names.
 */
const loginCommandLines = commandLines(
  [
    'docker[ \\t]+login',
    'mysql(?:dump|admin)?',
    'mariadb',
    'psql',
    'pg_dump',
    'mongo(?:sh|dump|restore)?',
    'redis-cli',
    'ssh',
    'sftp',
    'scp',
  ],
  ['docker', 'mysql', 'mariadb', 'psql', 'pg_dump', 'mongo', 'redis-cli', 'ssh', 'sftp', 'scp'],
);
const USER_FLAG =
  /[ \t](?:-u|-U|-l|--user(?:name)?)(?:[ \t]+|=|(?<=-u)(?=[A-Za-z]))(["']?)([A-Za-z][A-Za-z0-9._-]{1,31})\1(?=\s|$)/gu;

function commandLineUsers(text: string, out: Candidate[]): void {
  for (const c of loginCommandLines(text)) {
    USER_FLAG.lastIndex = 0;
    for (let m = USER_FLAG.exec(c[0]); m; m = USER_FLAG.exec(c[0])) {
      const value = accountName(m[2]!, 2);
      // Prose about the flag ("the ssh -l option") names no account.
      if (!value || isPlainWord(value)) continue;
      const start = c.index + m.index + m[0].length - m[2]!.length - m[1]!.length;
      out.push(username(start, start + value.length, 0.75));
    }
  }
}

/**
 * An account name after the word for it in other languages, maybe with "is" between: "Ihr Benutzername
 * lautet hschneider84", "votre compte utilisateur jgirard_75", "su usuario es mgarcia_22". Only a
 * handle's shape (a digit, or words joined by '.', '_' or '-'), never a word of the sentence.
 */
const OTHER_LANGUAGE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:benutzername|benutzerkennung|benutzer|nutzername|anmeldename|nom d['’]utilisateur|` +
    String.raw`identifiant|compte(?:[ 	]+utilisateur)?|utilisateur|nombre de usuario|usuario|nome utente|utente|` +
    String.raw`gebruikersnaam|användarnamn|brukernavn|brugernavn|käyttäjätunnus|nazwa użytkownika)` +
    String.raw`(?:[ 	]+(?:lautet|ist|war|est|était|es|era|è|é|is|was|är|var|er|on|jest|to))?[ 	]*:?[ 	]+` +
    String.raw`["'„“«]?([A-Za-z][A-Za-z0-9._-]{2,31})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])`,
  'giu',
);
const OTHER_LANGUAGE_NAME_LOOSE =
  /benutzer|nutzername|anmeldename|utilisateur|identifiant|compte|usuario|utente|gebruikersnaam|användarnamn|brukernavn|brugernavn|käyttäjätunnus|użytkownika/gi;
const HANDLE_SHAPE = /[0-9._-]/;

function namedInOtherLanguages(text: string, out: Candidate[]): void {
  for (const m of matchesVia(OTHER_LANGUAGE_NAME, OTHER_LANGUAGE_NAME_LOOSE, text)) {
    const value = accountName(m[1]!.replace(/[.-]+$/, ''), 2);
    if (!value || !HANDLE_SHAPE.test(value) || isPlainWord(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(username(start, start + value.length, 0.75));
  }
}

/**
 * A Windows domain account, DOMAIN\user, after a word that says it is one: "unlock AD account
 * CORP\jsmith", "logged on as ACME\svc_backup", "runas /user:CONTOSO\a.kumar". The domain is written in
 * capitals; not a path ("C:\Users"), a registry key ("HKLM\Software") or an escape ("ERROR\nfailed").
 */
const WINDOWS_ACCOUNT =
  /(?<![\p{L}\p{N}\\/._-])([A-Z][A-Z0-9-]{1,14})\\([A-Za-z][A-Za-z0-9._-]{1,19})(?![\p{L}\p{N}\\/_-]|\.[\p{L}\p{N}])/gu;
const ACCOUNT_WORD_BEFORE =
  /\b(?:account|user(?:name)?|login|logon|logged[ \t]+(?:on|in)|sign(?:ed)?[ \t]+in|as|runas|domain|credentials?|\/user:)[ \t:=]*["']?$/i;
const NOT_DOMAINS = new Set(['HKLM', 'HKCU', 'HKCR', 'HKU', 'HKCC', 'NT', 'BUILTIN', 'SYSTEM']);

function windowsAccounts(text: string, out: Candidate[]): void {
  for (const m of allMatches(WINDOWS_ACCOUNT, text)) {
    if (NOT_DOMAINS.has(m[1]!) || m[1]!.startsWith('HKEY')) continue;
    if (!ACCOUNT_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const value = accountName(m[2]!, 2);
    if (!value) continue;
    out.push(username(m.index, m.index + m[1]!.length + 1 + value.length, 0.8));
  }
}

/**
 * What no account name is followed by: a call's parenthesis (`userId: faker.string.uuid()`) or the rest
 * of a contraction ("if the user isn't root"; a possessive's "s" may follow: "jdoe's").
 */
const CODE_OR_CONTRACTION_AFTER = /^(?:\(|['’](?:t|ll|re|ve|d|m)(?![\p{L}\p{N}]))/u;

/**
 * A record's "user" key with a quoted account as its value: {"user": "dmitri.volkov"}. Quoted, the
 * key is no chat turn ("User: hi"), and the whole value must be the account ("user": "Anna Berg" is
 * the name rules').
 */
const QUOTED_USER = /(["'])user\1[ \t]*:[ \t]*(["'])([A-Za-z0-9][A-Za-z0-9._-]{1,63})\2/g;

/**
 * A nested "user" key of a YAML config with a handle as the whole rest of its line ("db:⏎  user:
 * svc_billing"). Indented, the key is no chat turn either: chat turns open their line.
 */
const NESTED_USER = /\n[ \t]+user[ \t]*:[ \t]*(["']?)([A-Za-z0-9][A-Za-z0-9._-]{1,63})\1[ \t]*(?=\r?\n|$)/g;

function quotedUserKeys(text: string, out: Candidate[]): void {
  for (const m of allMatches(QUOTED_USER, text)) {
    const value = accountName(m[3]!, 2);
    if (!value || ACRONYM.test(value) || isPlainWord(value)) continue;
    const start = m.index + m[0].length - 1 - m[3]!.length;
    out.push(username(start, start + value.length, 0.8));
  }
  for (const m of allMatches(NESTED_USER, text)) {
    const value = accountName(m[2]!, 2);
    if (!value || ACRONYM.test(value) || isPlainWord(value)) continue;
    const start = m.index + m[0].indexOf(m[2]!, m[0].indexOf(':'));
    out.push(username(start, start + value.length, 0.8));
  }
}

/**
 * An account name greeted or addressed as a person is: "Dear Keeley_Kuhic98,", "Hi jsmith82!",
 * "Attention mark.t_77". Only a handle's shape: words joined by '.' or '_', or a word and two or more
 * digits ("Hi Anna" is the name rules'; "Hello World2" is too short a number).
 */
const GREETED_HANDLE =
  /(?<![\p{L}\p{N}_])(?:dear|hi|hello|hey|hiya|greetings|attention|attn\.?)[ \t]+@?([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+[0-9]{2,})(?![\p{L}\p{N}_@-]|\.[A-Za-z0-9])/giu;
const GREETED_HANDLE_LOOSE = /(?:dear|hi|hello|hey|hiya|greetings|attention|attn\.?)[ \t]/gi;

function greetedHandles(text: string, out: Candidate[]): void {
  for (const m of matchesVia(GREETED_HANDLE, GREETED_HANDLE_LOOSE, text)) {
    // A version or a model is no account: "Hi GPT-4", "hello v2.1".
    if (/^v?[0-9._]+$/i.test(m[1]!) || /^[A-Za-z]{1,3}[0-9._]+$/.test(m[1]!)) continue;
    out.push(accountIn(m, m[1]!, 0.75));
  }
}

/**
 * A payment service's id of a customer or account, pasted from a log or a dashboard: Stripe's
 * "cus_NffrFeUfNV2Hib" and "acct_1032D82eZvKYlo2C". It ties the text to one customer.
 */
const SERVICE_ACCOUNT = /(?<![A-Za-z0-9_])(?:cus|acct)_[A-Za-z0-9]{14,24}(?![A-Za-z0-9_])/g;

function serviceAccounts(text: string, out: Candidate[]): void {
  if (!text.includes('cus_') && !text.includes('acct_')) return;
  for (const m of allMatches(SERVICE_ACCOUNT, text)) {
    out.push(username(m.index, m.index + m[0].length, 0.8, 'CUSTOMER_NUMBER'));
  }
}

/**
 * The account in a code comment's marker or a commit trailer: "TODO(mkowalczyk):", "FIXME(j.smith)",
 * "Reviewed-by: tkoenig". A trailer with a full name is the name rules'; one word there is an account.
 */
const CODE_OWNER =
  /\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\(@?([A-Za-z][A-Za-z0-9._-]{1,31})\)|^[ \t]*(?:Reviewed|Acked|Tested|Reported|Suggested|Co-authored|Signed-off)-by:[ \t]*@?([A-Za-z][A-Za-z0-9._-]{1,31})[ \t]*$/dgm;

function codeOwners(text: string, out: Candidate[]): void {
  if (!text.includes('(') && !text.includes('-by:')) return;
  for (const m of allMatches(CODE_OWNER, text)) {
    const group = m[1] ? 1 : 2;
    const value = accountName(m[group]!, 2);
    if (!value) continue;
    const start = m.indices![group]![0];
    out.push(username(start, start + value.length, 0.7));
  }
}

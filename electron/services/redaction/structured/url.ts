// URL: scheme URLs (http, https, ftp) and bare domain names ending in a real TLD. File names whose
// extension happens to be a country TLD ("setup.sh", "README.md") need a "www." or a path to count.
import { colonExcerpt, separatorExcerpt } from '../excerpt';
import { isTld } from './tld';
import { scanExcerpt } from './scan';
import type { Recognizer } from '../types';
import { append } from '../append';

const SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'`{}|\\^]+/giu;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}@._/:-])(?:www\\.)?(?:${LABEL}\\.)+(\\p{L}{2,63})(?::\\d{2,5})?(?:\\/[^\\s<>"'\`]*)?(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

/** Extensions that are also country TLDs and are far more often file names. */
const FILE_LIKE = new Set([
  'sh',
  'md',
  'py',
  'rs',
  'pl',
  'ps',
  'cs',
  'in',
  'so',
  'ai',
  'am',
  'mk',
  'ml',
  'nu',
  'ms',
  'st',
  'to',
  'at',
  'is',
  'it',
  'me',
  'no',
  'be',
  'do',
  'go',
  'us',
  'lu',
  'la',
  'cc',
  'ax',
  'sc',
  'gs',
  'tf',
  'tv',
  'bz',
  'gz',
  'zip',
  'app',
  'dev',
  'java',
  'run',
  'py',
]);

/** Receivers of attribute access in code snippets, never a domain's name. */
const CODE_OBJECTS = new Set(
  (
    'self this cls super obj logger log console window document os sys np pd tf app req res ctx args kwargs ' +
    'props state config settings data item event err error user model request response params options opts ' +
    'module exports process math json result results value values node root parent child el elem'
  ).split(' '),
);

/** TLDs that are also common property names: "customer.name", "user.id", "item.link" in code. */
const PROPERTY_TLDS = new Set('name id info link date page text data host new one show map style type'.split(' '));
/** A line of code: braces, a statement's semicolon, an arrow or a call's parentheses with a dot inside. */
const CODE_LINE = /[{};]|=>|\w\([^)]*\.[^)]*\)/;

/** The line of `text` around `at`, at most 200 characters on each side. */
function lineAround(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(Math.max(start, from), end < 0 ? Math.min(text.length, at + 200) : Math.min(end, at + 200));
}

/** Trim trailing punctuation that belongs to the sentence, keeping balanced brackets. */
function trimUrl(s: string): string {
  let out = s;
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    if (/[.,;:!?'"*]/.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else if (last === ']' && (out.match(/\[/g)?.length ?? 0) < (out.match(/\]/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

/** Query keys and path words that tie a URL to a person or an account. */
const IDENTIFYING =
  /[?&;](?:[\w.-]*(?:token|key|sig|signature|secret|auth|session|sid|email|mail|user|uid|name|id|account|phone|password|pwd|code|credential)[\w.-]*)=|\/(?:users?|u|profile|people|members?|accounts?|~[\w.-]+)\/|@/i;

/** A person's page on a social network: the path names the account (linkedin.com/in/sofiarossi). */
const PROFILE =
  /^[a-z]+:\/\/(?:www\.|[a-z]{2}\.|m\.)?(?:linkedin\.com\/(?:in|pub)\/|(?:twitter|x|instagram|facebook|threads)\.(?:com|net)\/(?!(?:home|explore|search|hashtag|i|intent|share|sharer|login|settings|help|about|policies|privacy|legal|p|reel|watch|groups|events|pages|marketplace)(?:[/?#]|$))|bsky\.app\/profile\/)[^/?#\s]+/i;

/** A code host's page of one account (github.com/ngozio); a repository under it may be an organisation's. */
const CODE_PROFILE =
  /^[a-z]+:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/(?!(?:about|features|pricing|login|join|signup|topics|explore|marketplace|orgs|organizations|settings|enterprise|sponsors|collections|trending|security|site|team|customer-stories|readme|issues|pulls|notifications|new|search|apps|contact|users|help|dashboard)(?:[/?#]|$))[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/?(?:[?#]|$)/i;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const LONG_RUN = /[A-Za-z0-9]{16,}/g;

/**
 * A UUID or a long random-looking run (letters and digits mixed, or long hex) in the path or query:
 * a capability link (webhook, shared document, reset link) that works for whoever holds it.
 */
function hasOpaqueId(rest: string): boolean {
  if (UUID.test(rest)) return true;
  for (const run of rest.match(LONG_RUN) ?? []) {
    const digits = run.replace(/\D/g, '').length;
    const letters = run.length - digits;
    if (/^[0-9a-f]+$/i.test(run) && digits >= 3 && letters >= 3) return true;
    if (run.length >= 20 && digits >= 3 && letters >= 6) return true;
  }
  return false;
}

/**
 * A web site identifies its owner, and a URL with an account, token or e-mail in it identifies a
 * person; a link to a public page (an article, a thread, an image) usually does not. Such links get
 * a score under the default threshold: visible to a user who lowers it, not redacted by default.
 */
function urlScore(url: string): number {
  if (IDENTIFYING.test(url) || PROFILE.test(url) || CODE_PROFILE.test(url)) return 0.9;
  if (hasOpaqueId(url.replace(/^[a-z]+:\/\/[^/?#]+/i, ''))) return 0.85;
  const rest = url.replace(/^[a-z]+:\/\/[^/?#]+/i, '');
  return rest.replace(/\/$/, '') === '' ? 0.85 : 0.45;
}

/** Top-level domains a bare host name is written with in prose: a country's code, or a long-standing one. */
const WEB_TLD =
  /^(?:[a-z]{2}|com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|mobi|asia|eu|travel|jobs|museum|aero|coop)$/;

const GENERIC_SECOND_LEVEL = new Set('com org net edu gov co ac or ne go mil'.split(' '));

/** The score of a domain written without a scheme. */
function domainScore(url: string, tld: string, www: boolean, hasPath: boolean, labels: number): number {
  if (hasPath) return urlScore('http://' + url);
  if (www) return 0.85;
  // A bare name under one of the many newer top-level domains is code as often ("colors.green",
  // "new.target", "index.js.map", "collections.abc"): shown under the threshold, not redacted.
  if (!WEB_TLD.test(tld)) return 0.45;
  return labels >= 3 ? 0.85 : 0.7;
}

/**
 * A person's own site named just before the link: "her website is https://lenafoto.de/portfolio",
 * "my blog: …". A page of it identifies its owner like its home page.
 */
const OWN_SITE_BEFORE =
  /\b(?:my|our|his|her|their|your)[ \t]+(?:(?:personal|own|new|professional)[ \t]+)?(?:web[ -]?site|site|blog|portfolio|home[ -]?page|web[ -]?page|shop|store)[ \t]*(?:is|was|:|-|at|=)?[ \t]*(?:<|\()?$/i;

/** True when the text calls what starts at `start` someone's own site. */
const ownSiteBefore = (text: string, start: number): boolean =>
  OWN_SITE_BEFORE.test(text.slice(Math.max(0, start - 48), start));

/** The score of a link, raised when the text calls it someone's own site. */
function scoreInText(text: string, start: number, score: number): number {
  return score < 0.85 && ownSiteBefore(text, start) ? 0.85 : score;
}

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const SCHEME_AND_HOST = /^[a-z]+:\/\/[\p{L}\p{N}[]/iu;

export const urlRecognizer: Recognizer = {
  name: 'url',
  types: ['URL'],
  detect(text) {
    if (!text.includes('.')) return [];
    // URLs and domains hold no white space, and '://' or a '.': only such words are scanned.
    const out = scanExcerpt(SCHEME, colonExcerpt(text, 0), (m) => {
      const url = trimUrl(m[0]);
      if (!SCHEME_AND_HOST.test(url)) return undefined;
      const score = scoreInText(text, m.index, urlScore(url));
      return { start: m.index, end: m.index + url.length, type: 'URL', score, source: 'pattern' };
    });
    // Scheme URLs are in order and do not overlap; bare matches come in order too.
    let next = 0;
    const taken = (i: number) => {
      while (next < out.length && out[next]!.end <= i) next++;
      return next < out.length && out[next]!.start <= i;
    };
    append(
      out,
      scanExcerpt(BARE, separatorExcerpt(text, 0), (m) => {
        if (taken(m.index)) return undefined;
        const tld = m[1]!.toLowerCase();
        if (!isTld(tld)) return undefined;
        const url = trimUrl(m[0]);
        const www = /^www\./i.test(url);
        const hasPath = url.includes('/');
        const labels = url.split('/')[0]!.split('.').length;
        // A file's name ("deploy.sh", "config.dev"), unless the text calls it someone's site ("my blog at
        // priyaraman.dev", "our shop: kaffee.me").
        if (FILE_LIKE.has(tld) && !www && !hasPath && labels < 3 && !ownSiteBefore(text, m.index)) return undefined;
        if (www && labels < 3) return undefined; // "www.microsoft": a host name needs a domain
        const first = url.split('.')[0]!;
        // Code, not a host: "self.id = ...", "logger.info(...)", "user.name" in a snippet.
        if (
          !www &&
          !hasPath &&
          labels < 3 &&
          (CODE_OBJECTS.has(first) ||
            /^\s*(?:[([]|=(?!=))/.test(text.slice(m.index + url.length, m.index + url.length + 3)) ||
            (PROPERTY_TLDS.has(tld) && CODE_LINE.test(lineAround(text, m.index))))
        )
          return undefined;
        // "Mr.Smith" or "U.S" are not domains: a bare domain is lower-case or mixed, and has a real name.
        if (first.length < 2) return undefined;
        // Nor is a generic top-level name before a country's ("org.nr" for the Swedish organisationsnummer,
        // "com.br" alone): under it every domain has a name of its own ("acme.com.br").
        if (labels < 3 && !hasPath && GENERIC_SECOND_LEVEL.has(first.toLowerCase())) return undefined;
        const score = scoreInText(text, m.index, domainScore(url, tld, www, hasPath, labels));
        return { start: m.index, end: m.index + url.length, type: 'URL', subtype: 'DOMAIN', score, source: 'pattern' };
      }),
    );
    return out;
  },
};

// Provider-specific credentials: fixed prefixes, lengths and charsets, plus embedded checksums
// where the provider has one (GitHub and npm CRC32). Every pattern is anchored on a literal
// prefix or a bounded charset run so the scan stays linear.
import { hasContext } from '../context';
import { matchesInExcerpt } from '../excerpt';
import { allMatches, matchesVia } from '../fast-scan';
import { charSet } from '../char-set';
import type { Candidate, Recognizer } from '../types';
import {
  charClasses,
  countedUp,
  decodeBase64,
  matchesFrom,
  secret,
  tokenExcerpts,
  validBase62Checksum,
  wholeRuns,
} from './util';

/** What a rule's check decides about a match: reject, accept (score), or accept as validated. */
type Verdict = false | { score: number; validated?: boolean; start?: number; end?: number };

/** The host and project of a Sentry DSN after its key: "@o123456.ingest.sentry.io/7654321". */
const SENTRY_HOST = /^@[a-z0-9.-]*sentry\.io\/[0-9]+/;

interface ProviderRule {
  subtype: string;
  re: RegExp;
  /** Length of the shortest match (the rule scans only token runs this long, see tokenExcerpts). */
  min: number;
  /**
   * Every match is a whole run of these characters (its lookarounds forbid them on both sides)
   * of one of these lengths: only the starts of such runs are tried.
   */
  run?: { chars: string; lengths: number[] };
  /** Default score when there is no `check`. */
  score?: number;
  check?: (m: RegExpExecArray, text: string) => Verdict;
}

// Boundaries: a token must not be glued to more token characters on either side.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const rx = (body: string, flags = 'g') => new RegExp(`${B}${body}${E}`, flags);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const AWS_CONTEXT = ['aws', 'amazon', 'secret access key', 'secret_access_key', 'aws_secret_access_key', 's3', 'iam'];

function checksumToken(m: RegExpExecArray): Verdict {
  const body = m[0].slice(m[0].indexOf('_') + 1);
  if (validBase62Checksum(body)) return { score: 0.99, validated: true };
  // "ghp_1234567890…" counted up stands for a token in an example; it holds none.
  return countedUp(body) ? false : { score: 0.75 };
}

const SLACK_SHAPES: readonly RegExp[] = [
  /^xoxb-\d{8,13}-\d{8,13}-[A-Za-z0-9]{24,34}$/, // bot
  /^xox[pboase]-\d{8,13}-\d{8,13}-\d{8,13}-[a-f0-9]{32}$/, // user / workspace tokens: 32 hex digits
  /^xox[ar]-(?:\d-)?[A-Za-z0-9]{8,48}$/, // app / refresh
  /^xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{140,170}$/, // configuration / rotating tokens
  /^xapp-\d-[A-Z0-9]{8,14}-\d{8,16}-[A-Za-z0-9]{20,80}$/, // app-level
];

export const PROVIDER_RULES: readonly ProviderRule[] = [
  {
    subtype: 'AWS_ACCESS_KEY',
    re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    min: 20,
    // Key ids are base32 after the prefix.
    check: (m) => (/^[A-Z2-7]{16}$/.test(m[0].slice(-16)) ? { score: 0.97, validated: true } : { score: 0.85 }),
  },
  {
    subtype: 'AWS_SECRET_KEY',
    re: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    min: 40,
    run: { chars: ALNUM + '/+', lengths: [40] },
    check: (m, text) => {
      const v = m[0];
      const c = charClasses(v);
      if (!(c.lower && c.upper && c.digit) || /^[0-9a-f]+$/i.test(v)) return false;
      return hasContext(text, m.index, m.index + v.length, AWS_CONTEXT, 64) ? { score: 0.9 } : false;
    },
  },
  // 36 characters today; GitHub reserves up to 255 for tokens to come, and a made-up or mistyped
  // one is still a token to keep (its checksum then fails: not validated).
  { subtype: 'GITHUB', re: rx('gh[pousr]_[A-Za-z0-9]{36,251}'), min: 40, check: checksumToken },
  { subtype: 'GITHUB', re: rx('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'), min: 93, score: 0.98 },
  { subtype: 'GITHUB', re: rx('v1\\.[a-f0-9]{40}'), min: 43, check: (m, t) => ctx(m, t, ['github', 'token'], 0.8) },
  {
    subtype: 'GITLAB',
    re: rx('gl(?:pat|dt|ptt|rt|cbt|ft|soat|oas|imt|agent)-[A-Za-z0-9_-]{20,80}'),
    min: 25,
    score: 0.96,
  },
  { subtype: 'GITLAB', re: rx('GR1348941[A-Za-z0-9_-]{20,40}'), min: 29, score: 0.95 },
  { subtype: 'ANTHROPIC', re: rx('sk-ant-[a-z]{2,8}\\d{0,3}-[A-Za-z0-9_-]{20,250}'), min: 30, score: 0.98 },
  {
    subtype: 'OPENAI',
    re: rx('sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,250}'),
    min: 28,
    check: (m) => (m[0].includes('T3BlbkFJ') ? { score: 0.99, validated: true } : { score: 0.96 }),
  },
  {
    subtype: 'OPENAI',
    re: rx('sk-[A-Za-z0-9]{32,64}'),
    min: 35,
    check: (m) => {
      if (m[0].includes('T3BlbkFJ')) return { score: 0.99, validated: true };
      return charClasses(m[0].slice(3)).count >= 2 ? { score: 0.9 } : false;
    },
  },
  {
    subtype: 'STRIPE',
    re: rx('(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,247}'),
    min: 18,
    // Publishable keys are meant for browsers but still tie text to an account.
    check: (m) => ({ score: m[0].startsWith('pk_') ? 0.75 : 0.97 }),
  },
  { subtype: 'STRIPE', re: rx('whsec_[A-Za-z0-9+/]{32,64}'), min: 38, score: 0.96 },
  { subtype: 'SLACK', re: rx('(?:xox[abposre]|xapp)(?:\\.xox[bp])?-[A-Za-z0-9-]{10,250}'), min: 15, check: slackCheck },
  {
    subtype: 'SLACK_WEBHOOK',
    re: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,120}/g,
    min: 45,
    check: (m) => {
      const path = m[0].slice(m[0].indexOf('.com/') + 5).replace(/^\w+\//, '');
      if (/^T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}$/.test(path)) return { score: 0.97, validated: true };
      return path.length >= 30 ? { score: 0.85 } : false;
    },
  },
  // A Sentry DSN holds the project's key before the '@': with it anyone can send events to the project.
  // The excerpts hold no '@': the key is matched, and the host and project read from the text.
  {
    subtype: 'SENTRY_DSN',
    re: /https?:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?(?![A-Za-z0-9])/g,
    min: 40,
    check: (m, text) => {
      const end = m.index + m[0].length;
      const host = SENTRY_HOST.exec(text.slice(end, end + 120));
      return host ? { score: 0.95, end: end + host[0].length } : false;
    },
  },
  { subtype: 'GOOGLE_API_KEY', re: rx('AIza[0-9A-Za-z_-]{35}'), min: 39, score: 0.96 },
  { subtype: 'GOOGLE_OAUTH', re: rx('ya29\\.[0-9A-Za-z_-]{20,2048}'), min: 25, score: 0.96 },
  { subtype: 'GOOGLE_OAUTH', re: rx('1//0[0-9A-Za-z_-]{40,512}'), min: 44, score: 0.9 },
  { subtype: 'GOOGLE_OAUTH', re: rx('GOCSPX-[0-9A-Za-z_-]{28}'), min: 35, score: 0.97 },
  {
    subtype: 'AZURE_STORAGE_KEY',
    re: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g,
    min: 88,
    run: { chars: ALNUM + '+/', lengths: [86] },
    check: (m, t) => ctx(m, t, ['accountkey', 'azure', 'storage', 'account key', 'blob', 'access key'], 0.95, 96),
  },
  {
    subtype: 'AZURE_SUBSCRIPTION_KEY',
    re: /(?<![A-Za-z0-9])(?:[a-f0-9]{32}|[a-f0-9]{40}|[A-Za-z0-9]{84})(?![A-Za-z0-9])/g,
    min: 32,
    run: { chars: ALNUM, lengths: [32, 40, 84] },
    check: (m, t) => {
      const near = t.slice(Math.max(0, m.index - 64), m.index).toLowerCase();
      if (/ocp-apim-subscription-key|subscription[ _-]?key|cognitive|azure[\w ]{0,24}key|speech[ _-]?key/.test(near))
        return { score: 0.9 };
      return false;
    },
  },
  { subtype: 'SENDGRID', re: rx('SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}'), min: 36, score: 0.97 },
  { subtype: 'TWILIO', re: rx('SK[0-9a-fA-F]{32}'), min: 34, score: 0.85 },
  {
    subtype: 'TWILIO',
    re: /(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])/g,
    min: 32,
    run: { chars: ALNUM, lengths: [32] },
    check: (m, t) =>
      hasContext(t, m.index, m.index + m[0].length, ['twilio'], 96) &&
      hasContext(t, m.index, m.index + m[0].length, ['auth', 'token', 'secret'], 48)
        ? { score: 0.9 }
        : false,
  },
  { subtype: 'MAILGUN', re: rx('key-[0-9a-zA-Z]{32}'), min: 36, score: 0.9 },
  {
    subtype: 'MAILGUN',
    re: rx('[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}'),
    min: 50,
    run: { chars: ALNUM + '_-', lengths: [50] },
    check: (m, t) => ctx(m, t, ['mailgun', 'api key', 'api_key'], 0.9),
  },
  { subtype: 'NPM', re: rx('npm_[A-Za-z0-9]{36}'), min: 40, check: (m) => checksumOr(m, 0.88) },
  {
    subtype: 'PYPI',
    re: rx('pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}'),
    min: 70,
    score: 0.99,
  },
  { subtype: 'HUGGINGFACE', re: rx('hf_[A-Za-z0-9]{34}'), min: 37, score: 0.95 },
  // Mailchimp API keys end in their data centre: 32 hex digits and "-us12".
  { subtype: 'MAILCHIMP', re: rx('[0-9a-f]{32}-us[0-9]{1,2}'), min: 36, score: 0.93 },
  { subtype: 'HUGGINGFACE', re: rx('api_org_[A-Za-z]{34}'), min: 42, score: 0.93 },
  {
    subtype: 'DISCORD',
    re: rx('[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}'),
    min: 59,
    check: (m) => {
      // The first part is the bot's numeric user id, base64-encoded.
      const id = decodeBase64(m[0].slice(0, m[0].indexOf('.')))?.toString('latin1');
      return id && /^\d{17,20}$/.test(id) ? { score: 0.97, validated: true } : false;
    },
  },
  {
    subtype: 'DISCORD_WEBHOOK',
    re: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68}(?![A-Za-z0-9_-])/g,
    min: 110,
    score: 0.97,
  },
  { subtype: 'TELEGRAM', re: /(?<![\w:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, min: 44, score: 0.95 },
  { subtype: 'SHOPIFY', re: rx('shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}'), min: 38, score: 0.97 },
  { subtype: 'DIGITALOCEAN', re: rx('do[pro]_v1_[a-f0-9]{64}'), min: 71, score: 0.97 },
  { subtype: 'HASHICORP_VAULT', re: rx('hv[sb]\\.[A-Za-z0-9_-]{24,200}'), min: 28, score: 0.93 },
  { subtype: 'POSTMAN', re: rx('PMAK-[a-f0-9]{24}-[a-f0-9]{34}'), min: 64, score: 0.97 },
  { subtype: 'LINEAR', re: rx('lin_api_[A-Za-z0-9]{40}'), min: 48, score: 0.97 },
  { subtype: 'ATLASSIAN', re: rx('ATATT3[A-Za-z0-9_=-]{150,250}'), min: 156, score: 0.95 },
  { subtype: 'GRAFANA', re: rx('glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'), min: 46, score: 0.97 },
  { subtype: 'DATABRICKS', re: rx('dapi[a-f0-9]{32}(?:-\\d)?'), min: 36, score: 0.9 },
  { subtype: 'GROQ', re: rx('gsk_[A-Za-z0-9]{52}'), min: 56, score: 0.95 },
  { subtype: 'REPLICATE', re: rx('r8_[A-Za-z0-9]{37}'), min: 40, score: 0.93 },
  { subtype: 'PERPLEXITY', re: rx('pplx-[A-Za-z0-9]{48}'), min: 53, score: 0.95 },
  { subtype: 'SQUARE', re: rx('sq0(?:atp|csp|idp)-[A-Za-z0-9_-]{22,60}'), min: 29, score: 0.95 },
  { subtype: 'NOTION', re: rx('(?:secret|ntn)_[A-Za-z0-9]{43,46}'), min: 47, score: 0.85 },
  { subtype: 'AGE_KEY', re: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/g, min: 74, score: 0.99 },
];

function ctx(m: RegExpExecArray, text: string, words: readonly string[], score: number, window = 64): Verdict {
  return hasContext(text, m.index, m.index + m[0].length, words, window) ? { score } : false;
}

function checksumOr(m: RegExpExecArray, fallback: number): Verdict {
  const v = checksumToken(m);
  return v && v.validated ? v : { score: fallback };
}

function slackCheck(m: RegExpExecArray): Verdict {
  const v = m[0];
  if (SLACK_SHAPES.some((re) => re.test(v))) return { score: 0.97, validated: true };
  return false;
}

/**
 * The rule without its leading lookbehind when a literal follows: V8 skips quickly to where that
 * can match, and the exact rule is tried there only (matchesVia).
 */
function looseForm(re: RegExp): RegExp | undefined {
  const lead = /^\(\?<!\[[^\]]*\]\)(?=[A-Za-z0-9]|\(\?:[A-Za-z0-9])/.exec(re.source);
  return lead ? new RegExp(re.source.slice(lead[0].length), re.flags) : undefined;
}
const LOOSE = new Map(PROVIDER_RULES.map((r) => [r, looseForm(r.re)]));
const RUN_CHARS = new Map(PROVIDER_RULES.map((r) => [r, charSet(r.run?.chars ?? '')]));

/** The matches of `rule` in `text` (an excerpt's), found the quickest way the rule allows. */
function ruleMatches(rule: ProviderRule, text: string): Iterable<RegExpExecArray> {
  if (rule.run) {
    const { lengths } = rule.run;
    const runs = wholeRuns(text, RUN_CHARS.get(rule)!, Math.min(...lengths), (n) => lengths.includes(n));
    let i = 0; // runs[i] is a start, runs[i + 1] its end
    return matchesFrom(rule.re, text, (from) => {
      while (i < runs.length && runs[i]! < from) i += 2;
      return i < runs.length ? runs[i]! : -1;
    });
  }
  const loose = LOOSE.get(rule);
  return loose ? matchesVia(rule.re, loose, text) : allMatches(rule.re, text);
}

/** The shortest match of any rule: its excerpt holds every other rule's. */
const SHORTEST = Math.min(...PROVIDER_RULES.map((r) => r.min));

function providerDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const excerpt = tokenExcerpts(text);
  // No run long enough for any rule (most short texts): nothing to try.
  if (excerpt(SHORTEST).text.length < SHORTEST) return out;
  for (const rule of PROVIDER_RULES) {
    const ex = excerpt(rule.min);
    if (ex.text.length < rule.min) continue; // no run long enough (most short texts)
    for (const m of matchesInExcerpt(rule.re, ex, ruleMatches(rule, ex.text))) {
      const verdict: Verdict = rule.check ? rule.check(m, text) : { score: rule.score ?? 0.9 };
      if (!verdict) continue;
      const start = verdict.start ?? m.index;
      const end = verdict.end ?? m.index + m[0].length;
      out.push(secret(start, end, rule.subtype, verdict.score, verdict.validated ?? false));
    }
  }
  return out;
}

export const providerRecognizer: Recognizer = {
  name: 'secrets-providers',
  types: ['SECRET'],
  detect: providerDetect,
};

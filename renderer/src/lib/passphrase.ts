// Passphrase strength feedback: an estimate of guessing entropy with plain-language hints.
// Not a replacement for Argon2id: it only steers people away from weak choices.

const COMMON = [
  'password',
  'passwort',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  '123456',
  'secret',
  'monkey',
  'dragon',
];

export interface Strength {
  /** 0 (very weak) .. 4 (strong) */
  level: 0 | 1 | 2 | 3 | 4;
  label: string;
  hints: string[];
  bits: number;
}

export function passphraseStrength(p: string): Strength {
  const hints: string[] = [];
  if (!p)
    return { level: 0, label: 'Empty', hints: ['Use at least 12 characters, or four or more random words.'], bits: 0 };
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/\d/.test(p)) pool += 10;
  if (/[^A-Za-z0-9]/.test(p)) pool += 33;
  // Repeats and sequences add little: count distinct characters, not length.
  const distinct = new Set(p).size;
  let bits = Math.log2(Math.max(pool, 2)) * Math.min(p.length, distinct * 2);
  const words = p
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3);
  if (words.length >= 4) bits = Math.max(bits, words.length * 11);
  const lower = p.toLowerCase();
  if (COMMON.some((c) => lower.includes(c))) {
    bits = Math.min(bits, 20);
    hints.push('Avoid common passwords and words like "password".');
  }
  if (/(.)\1{2,}/.test(p)) hints.push('Avoid repeated characters.');
  if (p.length < 12) hints.push('Use at least 12 characters.');
  if (words.length < 4 && p.length < 16)
    hints.push('A phrase of four or more unrelated words is strong and easy to remember.');
  const level = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  const label = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'][level]!;
  return { level: level as Strength['level'], label, hints, bits: Math.round(bits) };
}

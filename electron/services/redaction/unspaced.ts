// Scripts written without spaces between words (Chinese, Japanese, Korean runs, Thai). A letter
// of these may touch a number or an address with no space ("手机号是13812345678", "邮箱wang@163.com"),
// so rules whose edges refuse a neighbouring letter must let these through.

/** The scripts, as the inside of a regex character class (for /u regexes). */
export const UNSPACED_SCRIPTS =
  '\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';

/** One character of those scripts. */
export const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');

/** `cls` (a character class such as `[\\p{L}\\p{N}_]`) minus the unspaced scripts, as a regex source. */
export function spacedOnly(cls: string): string {
  return `(?![${UNSPACED_SCRIPTS}])${cls}`;
}

// The fewest ASCII digits any match of a regular expression holds, read from its syntax tree
// (regexpp, ESLint's parser). A rule can then skip a text none of whose digit words holds
// that many: most short texts, for most of the ~80 ID rules.
import { RegExpParser } from '@eslint-community/regexpp';
import type { CharacterClassElement, Node } from '@eslint-community/regexpp/ast';

const isDigit = (c: number) => c >= 48 && c <= 57;

/** True when the class element can only match a digit. */
function digitOnly(e: CharacterClassElement): boolean {
  switch (e.type) {
    case 'Character':
      return isDigit(e.value);
    case 'CharacterClassRange':
      return isDigit(e.min.value) && isDigit(e.max.value);
    case 'CharacterSet':
      return e.kind === 'digit' && !e.negate;
    default:
      return false;
  }
}

/** A lower bound, never more than the truth: what cannot be read exactly counts as no digit. */
function fewest(n: Node): number {
  switch (n.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.min(...n.alternatives.map(fewest));
    case 'Alternative':
      return n.elements.reduce((sum, e) => sum + fewest(e), 0);
    case 'Quantifier':
      return n.min * fewest(n.element);
    case 'Character':
      return isDigit(n.value) ? 1 : 0;
    case 'CharacterSet':
      return n.kind === 'digit' && !n.negate ? 1 : 0;
    case 'CharacterClass':
      return !n.negate && n.elements.length > 0 && n.elements.every(digitOnly) ? 1 : 0;
    default:
      // Assertions and lookarounds consume nothing; a backreference may repeat no digit.
      return 0;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });
const READ = new WeakMap<RegExp, number>();

/** Read once per regex object: rules ask for it at each text. */
export function minDigits(re: RegExp): number {
  let n = READ.get(re);
  if (n === undefined) {
    const flags = { unicode: re.unicode, unicodeSets: re.flags.includes('v') };
    READ.set(re, (n = fewest(parser.parsePattern(re.source, 0, re.source.length, flags))));
  }
  return n;
}

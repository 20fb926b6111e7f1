// Commands pasted from a terminal: the rules that read a command's flags (a password after `-p`, an
// account after `-u`) take the line from the command's name to its end.
import { matchesVia } from './fast-scan';

/**
 * A scan for the lines of a text that run one of `commands` (regex sources, e.g. "docker[ \t]+login"),
 * each match from the command's name to the end of its line. `literals` holds a plain word of each
 * command, which the scan looks for first (fast-scan.ts: matchesVia).
 */
export function commandLines(
  commands: readonly string[],
  literals: readonly string[],
): (text: string) => Iterable<RegExpExecArray> {
  const exact = new RegExp(String.raw`(?<![\w-])(?:${commands.join('|')})(?![\w-])[^\n]*`, 'giu');
  const loose = new RegExp(literals.join('|'), 'gi');
  return (text) => matchesVia(exact, loose, text);
}

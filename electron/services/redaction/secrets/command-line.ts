// Secrets passed on a command line: `--password hunter2`, `docker login -u bot -p 'Xk9#mQ2$'`,
// `mysql -uroot -pS3cret`, `openssl enc -k 'Tr0ub4dor&3'` (curl's `-u user:password` is the
// structured rules' basic auth). People paste
// the commands they ran; the flag names the value, so no entropy test is needed beyond a
// placeholder check (`--password $DB_PASS`, `-p <password>`).
import { commandLines } from '../command-lines';
import { matchesVia } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';
import { isPlaceholderValue, secret } from './util';

/** A long flag that takes a secret: `--password=x`, `--api-key x`, `--token "x"`. */
const LONG_FLAG =
  /(?<![\w-])--(password|passwd|passphrase|pass|db-password|token|auth-token|access-token|api-?key|secret|client-secret|access-key|secret-key)(?:=|[ \t]+)(["']?)([^\s"'`]{4,256})\2(?![^\s;|&)])/giu;
const LONG_FLAG_LOOSE = /--/g;

/**
 * Short flags mean a password only for some commands: `-p` for docker login, az login and sshpass, `-p`
 * glued to the value for the MySQL tools (`-p value` asks for one and names a database), `-a` for
 * redis-cli, `-k` and `pass:` for openssl.
 */
const passwordCommandLines = commandLines(
  ['docker[ \\t]+login', 'az[ \\t]+login', 'mysql(?:dump|admin)?', 'mariadb', 'sshpass', 'redis-cli', 'openssl'],
  ['docker', 'az', 'mysql', 'mariadb', 'sshpass', 'redis-cli', 'openssl'],
);
const SHORT_FLAGS: Record<string, RegExp> = {
  docker: /[ \t]-p[ \t]+(["']?)([^\s"'`]{4,256})\1(?=\s|$)/gu,
  sshpass: /[ \t]-p[ \t]*(["']?)([^\s"'`]{4,256})\1(?=\s|$)/gu,
  mysql: /[ \t]-p(["']?)([^\s"'`-][^\s"'`]{3,255})\1(?=\s|$)/gu,
  redis: /[ \t]-a[ \t]+(["']?)([^\s"'`]{4,256})\1(?=\s|$)/gu,
  openssl: /[ \t](?:-k[ \t]+|-pass(?:in|out)?[ \t]+pass:)(["']?)([^\s"'`]{4,256})\1(?=\s|$)/gu,
};

function shortFlagsOf(command: string): RegExp {
  const c = command.toLowerCase();
  // The Azure CLI's login takes its password (or a service principal's secret) the same way.
  if (c.startsWith('docker') || c.startsWith('az')) return SHORT_FLAGS.docker!;
  if (c.startsWith('sshpass')) return SHORT_FLAGS.sshpass!;
  if (c.startsWith('redis')) return SHORT_FLAGS.redis!;
  if (c.startsWith('openssl')) return SHORT_FLAGS.openssl!;
  return SHORT_FLAGS.mysql!;
}

function push(out: Candidate[], valueEnd: number, value: string, subtype = 'PASSWORD'): void {
  if (isPlaceholderValue(value)) return;
  out.push(secret(valueEnd - value.length, valueEnd, subtype, 0.85));
}

function commandLineDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesVia(LONG_FLAG, LONG_FLAG_LOOSE, text)) {
    const password = m[1]!.toLowerCase().includes('pass');
    push(out, m.index + m[0].length - m[2]!.length, m[3]!, password ? 'PASSWORD' : 'GENERIC');
  }
  for (const line of passwordCommandLines(text)) {
    const flags = shortFlagsOf(line[0]);
    flags.lastIndex = 0;
    for (let m = flags.exec(line[0]); m; m = flags.exec(line[0])) {
      push(out, line.index + m.index + m[0].length - m[1]!.length, m[2]!);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const commandLineRecognizer: Recognizer = {
  name: 'secrets-command-line',
  types: ['SECRET'],
  detect: commandLineDetect,
};

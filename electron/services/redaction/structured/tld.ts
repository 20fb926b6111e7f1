// Top-level domains from the IANA list (the `tlds` package), so "report.pdf" or "e.g" are not domains.
import tlds from 'tlds';

const TLDS = new Set<string>(tlds as string[]);

export function isTld(label: string): boolean {
  return TLDS.has(label.toLowerCase());
}

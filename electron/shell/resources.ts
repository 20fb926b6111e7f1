// The org files an organisation ships in its build (extraResources -> <resources>/org/):
// the signed policy and the org's Ed25519 public key. Absent files mean an unmanaged build.
import fs from 'node:fs';
import path from 'node:path';

export const ORG_DIR = 'org';
export const POLICY_FILE = 'policy.json';
export const PUBLIC_KEY_FILE = 'org-public-key.txt';

export interface OrgResources {
  policyPath?: string;
  /** Base64 Ed25519 public key (first non-comment line of the key file). */
  publicKey?: string;
}

export function readOrgResources(resourcesDir: string): OrgResources {
  const dir = path.join(resourcesDir, ORG_DIR);
  const out: OrgResources = {};
  const policyPath = path.join(dir, POLICY_FILE);
  if (fs.existsSync(policyPath)) out.policyPath = policyPath;
  const keyPath = path.join(dir, PUBLIC_KEY_FILE);
  if (fs.existsSync(keyPath)) {
    const key = fs
      .readFileSync(keyPath, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('#'));
    if (key) out.publicKey = key;
  }
  return out;
}

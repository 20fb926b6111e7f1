// Verifies a model directory against the manifest before it is loaded: every required file
// present, sizes and SHA-256 equal to the pinned values. When the manifest has no hash for a
// file (not pinned yet), the hashes recorded at download time (.pv-model.json) are used, so
// corruption or tampering after the download is still caught.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { filesFor, type ManifestModel, type ModelVariant } from './manifest';

/** Written last by the downloader: the directory is complete when this file exists. */
export const LOCK_FILE = '.pv-model.json';

export const LockSchema = z.object({
  id: z.string(),
  repo: z.string().nullable(),
  revision: z.string(),
  variant: z.string(),
  pinned: z.boolean(),
  fetchedAt: z.string(),
  files: z.record(z.string(), z.object({ sha256: z.string(), size: z.number() })),
});
export type ModelLock = z.infer<typeof LockSchema>;

export type VerifyProblem =
  | { file: string; problem: 'missing' }
  | { file: string; problem: 'size'; expected: number; actual: number }
  | { file: string; problem: 'hash'; expected: string; actual: string }
  | { file: string; problem: 'unverifiable' };

export interface VerifyResult {
  ok: boolean;
  dir: string;
  problems: VerifyProblem[];
  /** Files whose content hash was checked. */
  checked: string[];
}

/** SHA-256 (hex) of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function readLock(dir: string): ModelLock | null {
  const p = path.join(dir, LOCK_FILE);
  if (!fs.existsSync(p)) return null;
  try {
    return LockSchema.parse(JSON.parse(fs.readFileSync(p, 'utf8')));
  } catch {
    return null;
  }
}

export interface VerifyOptions {
  variant?: ModelVariant | 'all';
  /** Require a hash for every file (from the manifest or the lock file); default true. */
  requireHash?: boolean;
}

/** Checks `dir` against the manifest entry; never throws for a bad directory, reports instead. */
export async function verifyModelDir(
  dir: string,
  entry: ManifestModel,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const requireHash = opts.requireHash ?? true;
  const lock = readLock(dir);
  const problems: VerifyProblem[] = [];
  const checked: string[] = [];
  for (const f of filesFor(entry, opts.variant ?? entry.defaultVariant)) {
    const full = path.join(dir, ...f.path.split('/'));
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
      if (!stat.isFile()) throw new Error('not a file');
    } catch {
      if (!f.optional) problems.push({ file: f.path, problem: 'missing' });
      continue;
    }
    const recorded = lock?.files[f.path];
    const size = f.size ?? recorded?.size ?? null;
    if (size !== null && stat.size !== size) {
      problems.push({ file: f.path, problem: 'size', expected: size, actual: stat.size });
      continue;
    }
    const expected = f.sha256 ?? recorded?.sha256 ?? null;
    if (expected === null) {
      if (requireHash) problems.push({ file: f.path, problem: 'unverifiable' });
      continue;
    }
    const actual = await sha256File(full);
    checked.push(f.path);
    if (actual !== expected) problems.push({ file: f.path, problem: 'hash', expected, actual });
  }
  return { ok: problems.length === 0, dir, problems, checked };
}

/** One readable line per problem, for errors and the CLI. */
export function describeProblems(result: VerifyResult): string {
  return result.problems
    .map((p) => {
      switch (p.problem) {
        case 'missing':
          return `${p.file}: missing`;
        case 'size':
          return `${p.file}: size ${p.actual} bytes, expected ${p.expected}`;
        case 'hash':
          return `${p.file}: SHA-256 ${p.actual} does not match the pinned ${p.expected}`;
        case 'unverifiable':
          return `${p.file}: no pinned hash to verify against`;
      }
    })
    .join('; ');
}

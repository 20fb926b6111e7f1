// Downloads the pinned model files from the Hugging Face hub (or an injected base URL):
// progress callbacks, resume of interrupted transfers (HTTP Range), SHA-256 and size checks,
// atomic placement (temp file + rename) and a completion record (.pv-model.json) written last.
// A file that fails verification is deleted: nothing unverified is ever left under its name.
import fs from 'node:fs';
import path from 'node:path';
import { filesFor, isPinned, manifestModel, type ManifestModel, type ModelVariant } from './manifest';
import { LOCK_FILE, sha256File, type ModelLock } from './verify';

/** Where the files come from; the shell must allow these hosts (and only for this download). */
export const MODEL_DOWNLOAD_BASE_URL = 'https://huggingface.co';
/** The hub redirects large (LFS/Xet) files to its CDN hosts. */
export const MODEL_DOWNLOAD_HOSTS: readonly string[] = [
  'huggingface.co',
  'cdn-lfs.huggingface.co',
  'cdn-lfs-us-1.huggingface.co',
  'cdn-lfs-eu-1.huggingface.co',
  'cdn-lfs.hf.co',
  'cdn-lfs-us-1.hf.co',
  'cdn-lfs-eu-1.hf.co',
  'cas-bridge.xethub.hf.co',
];

export type ModelFetchErrorCode =
  | 'NOT_DOWNLOADABLE'
  | 'NOT_PINNED'
  | 'HTTP'
  | 'NETWORK'
  | 'HASH_MISMATCH'
  | 'SIZE_MISMATCH'
  | 'TOO_LARGE'
  | 'REDIRECT_BLOCKED'
  | 'ABORTED';

export class ModelFetchError extends Error {
  constructor(
    readonly code: ModelFetchErrorCode,
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ModelFetchError';
  }
}

export interface FetchProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  /** Bytes of this file on disk so far (including a resumed part). */
  loaded: number;
  /** Expected size of this file, when known. */
  total: number | null;
  /** 'download' while bytes arrive, 'verify' while hashing, 'done' when placed, 'skip' when already valid. */
  phase: 'download' | 'verify' | 'done' | 'skip';
}

export interface FetchModelOptions {
  /** Target directory (created if needed). */
  dest: string;
  model?: ManifestModel;
  variant?: ModelVariant | 'all';
  /** Default MODEL_DOWNLOAD_BASE_URL; tests point it at 127.0.0.1. */
  baseUrl?: string;
  /** Download an entry without pinned revision/hashes (records the observed hashes). */
  allowUnpinned?: boolean;
  onProgress?: (p: FetchProgress) => void;
  signal?: AbortSignal;
  /** Extra attempts per file after a network failure (resumed with Range). Default 3. */
  retries?: number;
  /** Upper bound per file when the manifest has no size (default 2 GiB). */
  maxBytes?: number;
  /** Injected fetch (default global fetch). */
  fetchImpl?: typeof fetch;
}

export interface FetchedFile {
  path: string;
  sha256: string;
  size: number;
  skipped: boolean;
}

export interface FetchModelResult {
  dir: string;
  files: FetchedFile[];
  lock: ModelLock;
}

export function fileUrl(baseUrl: string, model: ManifestModel, file: string): string {
  if (!model.repo) throw new ModelFetchError('NOT_DOWNLOADABLE', `Model "${model.id}" has no download source`);
  const base = baseUrl.replace(/\/+$/, '');
  const rev = encodeURIComponent(model.revision ?? 'main');
  const repo = model.repo.split('/').map(encodeURIComponent).join('/');
  return `${base}/${repo}/resolve/${rev}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

async function get(
  url: string,
  headers: Record<string, string>,
  allowedHosts: ReadonlySet<string>,
  fetchImpl: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<Response> {
  let current = url;
  for (let hop = 0; hop < 6; hop++) {
    const host = new URL(current).host;
    if (!allowedHosts.has(host) && !allowedHosts.has(new URL(current).hostname)) {
      throw new ModelFetchError('REDIRECT_BLOCKED', `Refusing to download from ${host}: not an approved model host`);
    }
    const res = await fetchImpl(current, { headers, redirect: 'manual', signal });
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      current = new URL(res.headers.get('location')!, current).toString();
      continue;
    }
    return res;
  }
  throw new ModelFetchError('HTTP', `Too many redirects for ${url}`);
}

function rmQuiet(p: string): void {
  try {
    fs.rmSync(p, { force: true });
  } catch {
    /* already gone */
  }
}

async function downloadOne(
  url: string,
  finalPath: string,
  file: { path: string; sha256: string | null; size: number | null },
  ctx: {
    index: number;
    count: number;
    allowedHosts: ReadonlySet<string>;
    fetchImpl: typeof fetch;
    signal?: AbortSignal;
    retries: number;
    maxBytes: number;
    onProgress?: (p: FetchProgress) => void;
  },
): Promise<FetchedFile> {
  const part = `${finalPath}.part`;
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const progress = (loaded: number, phase: FetchProgress['phase']): void =>
    ctx.onProgress?.({ file: file.path, fileIndex: ctx.index, fileCount: ctx.count, loaded, total: file.size, phase });
  const limit = file.size ?? ctx.maxBytes;
  let lastError: unknown;
  let complete = false;
  for (let attempt = 0; attempt <= ctx.retries && !complete; attempt++) {
    if (ctx.signal?.aborted) throw new ModelFetchError('ABORTED', 'Download cancelled', file.path);
    let offset = fs.existsSync(part) ? fs.statSync(part).size : 0;
    if (offset > limit) {
      rmQuiet(part);
      offset = 0;
    }
    if (file.size !== null && offset === file.size) {
      complete = true;
      break;
    }
    let res: Response;
    try {
      res = await get(
        url,
        offset > 0 ? { range: `bytes=${offset}-` } : {},
        ctx.allowedHosts,
        ctx.fetchImpl,
        ctx.signal,
      );
    } catch (err) {
      if (err instanceof ModelFetchError) throw err;
      if (ctx.signal?.aborted) throw new ModelFetchError('ABORTED', 'Download cancelled', file.path, { cause: err });
      lastError = err;
      continue;
    }
    if (res.status === 416 && offset > 0) {
      // The part is at least as long as the file: start over.
      await res.body?.cancel();
      rmQuiet(part);
      continue;
    }
    if (res.status !== 200 && res.status !== 206) {
      await res.body?.cancel();
      if (res.status >= 500 || res.status === 429) {
        lastError = new ModelFetchError('HTTP', `HTTP ${res.status} for ${file.path}`, file.path);
        continue;
      }
      rmQuiet(part);
      throw new ModelFetchError('HTTP', `HTTP ${res.status} ${res.statusText} for ${file.path} (${url})`, file.path);
    }
    let append = false;
    if (res.status === 206) {
      const m = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '');
      append = !!m && Number(m[1]) === offset;
      if (!append) {
        await res.body?.cancel();
        rmQuiet(part);
        continue;
      }
    }
    let loaded = append ? offset : 0;
    const fh = await fs.promises.open(part, append ? 'a' : 'w');
    try {
      if (!res.body) throw new Error('empty response body');
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        loaded += chunk.byteLength;
        if (loaded > limit) {
          throw new ModelFetchError(
            file.size !== null ? 'SIZE_MISMATCH' : 'TOO_LARGE',
            `${file.path} is larger than ${file.size !== null ? `the pinned ${file.size}` : `the ${limit}`} bytes`,
            file.path,
          );
        }
        await fh.write(chunk);
        progress(loaded, 'download');
      }
      complete = true;
    } catch (err) {
      if (err instanceof ModelFetchError) {
        await fh.close();
        rmQuiet(part);
        throw err;
      }
      if (ctx.signal?.aborted) {
        await fh.close();
        throw new ModelFetchError('ABORTED', 'Download cancelled', file.path, { cause: err });
      }
      lastError = err;
    } finally {
      await fh.close().catch(() => undefined);
    }
  }
  if (!complete) {
    // The part file stays so that the next run resumes where this one stopped.
    throw new ModelFetchError(
      'NETWORK',
      `Download of ${file.path} failed after ${ctx.retries + 1} attempts: ${(lastError as Error | undefined)?.message ?? 'unknown error'}`,
      file.path,
      { cause: lastError },
    );
  }
  const size = fs.statSync(part).size;
  progress(size, 'verify');
  if (file.size !== null && size !== file.size) {
    rmQuiet(part);
    throw new ModelFetchError('SIZE_MISMATCH', `${file.path}: got ${size} bytes, expected ${file.size}`, file.path);
  }
  const sha256 = await sha256File(part);
  if (file.sha256 !== null && sha256 !== file.sha256) {
    rmQuiet(part);
    throw new ModelFetchError(
      'HASH_MISMATCH',
      `${file.path}: SHA-256 ${sha256} does not match the pinned ${file.sha256}; the file was discarded`,
      file.path,
    );
  }
  fs.renameSync(part, finalPath);
  progress(size, 'done');
  return { path: file.path, sha256, size, skipped: false };
}

/** Downloads (or completes) a model directory. Resolves with what was placed. */
export async function fetchModel(opts: FetchModelOptions): Promise<FetchModelResult> {
  const model = opts.model ?? manifestModel();
  const variant = opts.variant ?? model.defaultVariant;
  if (!model.repo) {
    throw new ModelFetchError('NOT_DOWNLOADABLE', `Model "${model.id}" is not downloadable (it is provided locally)`);
  }
  const pinned = isPinned(model, variant);
  if (!pinned && !opts.allowUnpinned) {
    throw new ModelFetchError(
      'NOT_PINNED',
      `Model "${model.id}" has no pinned revision/SHA-256 in models/manifest.json, so its files cannot be verified. ` +
        'Pin it first, or pass --allow-unpinned to trust the files downloaded now (their hashes are recorded).',
    );
  }
  const baseUrl = opts.baseUrl ?? MODEL_DOWNLOAD_BASE_URL;
  const allowedHosts = new Set<string>([...MODEL_DOWNLOAD_HOSTS, new URL(baseUrl).host, new URL(baseUrl).hostname]);
  const dest = path.resolve(opts.dest);
  fs.mkdirSync(dest, { recursive: true });
  // The completion record goes first: the directory is incomplete until it is rewritten.
  rmQuiet(path.join(dest, LOCK_FILE));
  const files = filesFor(model, variant);
  const out: FetchedFile[] = [];
  for (const [index, f] of files.entries()) {
    const finalPath = path.join(dest, ...f.path.split('/'));
    if (f.sha256 !== null && fs.existsSync(finalPath) && (await sha256File(finalPath)) === f.sha256) {
      const size = fs.statSync(finalPath).size;
      opts.onProgress?.({
        file: f.path,
        fileIndex: index,
        fileCount: files.length,
        loaded: size,
        total: f.size,
        phase: 'skip',
      });
      out.push({ path: f.path, sha256: f.sha256, size, skipped: true });
      continue;
    }
    try {
      out.push(
        await downloadOne(fileUrl(baseUrl, model, f.path), finalPath, f, {
          index,
          count: files.length,
          allowedHosts,
          fetchImpl: opts.fetchImpl ?? fetch,
          signal: opts.signal,
          retries: opts.retries ?? 3,
          maxBytes: opts.maxBytes ?? 2 * 1024 ** 3,
          onProgress: opts.onProgress,
        }),
      );
    } catch (err) {
      if (f.optional && err instanceof ModelFetchError && err.code === 'HTTP' && /HTTP 404/.test(err.message)) continue;
      throw err;
    }
  }
  const lock: ModelLock = {
    id: model.id,
    repo: model.repo,
    revision: model.revision ?? 'main',
    variant,
    pinned,
    fetchedAt: new Date().toISOString(),
    files: Object.fromEntries(out.map((f) => [f.path, { sha256: f.sha256, size: f.size }])),
  };
  const tmp = path.join(dest, `${LOCK_FILE}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(lock, null, 2) + '\n');
  fs.renameSync(tmp, path.join(dest, LOCK_FILE));
  return { dir: dest, files: out, lock };
}

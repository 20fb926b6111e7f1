// The pinned model manifest (models/manifest.json): which files make up each model, with
// their SHA-256 and size when known. Parsed with zod so a malformed manifest fails loudly.
import { z } from 'zod';
import manifestJson from './manifest.json';

export const VARIANTS = ['q8', 'fp32'] as const;
export type ModelVariant = (typeof VARIANTS)[number];

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits');

export const ManifestFileSchema = z.object({
  /** Path inside the model directory, forward slashes. */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\'), 'unsafe file path'),
  sha256: Sha256.nullable(),
  size: z.number().int().nonnegative().nullable(),
  /** Only needed for this weights variant. */
  variant: z.enum(VARIANTS).optional(),
  /** Not needed to run (kept for completeness). */
  optional: z.boolean().optional(),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ManifestModelSchema = z.object({
  id: z.string().min(1),
  /** Hugging Face repository (owner/name), null when not downloadable. */
  repo: z.string().nullable(),
  /** Commit sha the files are pinned to; null = not pinned (see notes). */
  revision: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
  /** Directory name under a models folder. */
  dirName: z
    .string()
    .min(1)
    .regex(/^[\w.-]+$/),
  /** Where the model lives relative to the repository (CI model only). */
  localPath: z.string().optional(),
  license: z.string().optional(),
  labels: z.array(z.string()).optional(),
  defaultVariant: z.enum(VARIANTS),
  files: z.array(ManifestFileSchema).min(1),
});
export type ManifestModel = z.infer<typeof ManifestModelSchema>;

export const ManifestSchema = z.object({
  schema: z.literal(1),
  default: z.string(),
  notes: z.array(z.string()).optional(),
  models: z.array(ManifestModelSchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;

let cached: Manifest | undefined;

/** The manifest shipped with the app. */
export function loadManifest(): Manifest {
  cached ??= ManifestSchema.parse(manifestJson);
  return cached;
}

/** A model entry by id (default: the manifest's default model). */
export function manifestModel(id?: string, manifest: Manifest = loadManifest()): ManifestModel {
  const want = id ?? manifest.default;
  const entry = manifest.models.find((m) => m.id === want);
  if (!entry) {
    throw new Error(`Unknown model "${want}". Known: ${manifest.models.map((m) => m.id).join(', ')}`);
  }
  return entry;
}

/** The files needed for one weights variant (shared files + that variant's weights). */
export function filesFor(entry: ManifestModel, variant: ModelVariant | 'all' = entry.defaultVariant): ManifestFile[] {
  return entry.files.filter((f) => variant === 'all' || f.variant === undefined || f.variant === variant);
}

/** True when every file of the variant has a hash and the entry has a revision (or is local). */
export function isPinned(entry: ManifestModel, variant: ModelVariant | 'all' = entry.defaultVariant): boolean {
  return (entry.repo === null || entry.revision !== null) && filesFor(entry, variant).every((f) => f.sha256 !== null);
}

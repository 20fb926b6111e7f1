// The "export my data" formats: JSON (re-importable, validated on import) and Markdown (to read).
import { z } from 'zod';
import { ENTITY_TYPES } from '../../../shared/entities';
import type { Conversation } from './types';

export const EXPORT_FORMAT = 'prompt-vault-export';
export const EXPORT_VERSION = 1;

const ts = z.number().int().nonnegative();

const PlaceholderMapSchema = z.record(
  z.string(),
  z.object({ placeholder: z.string(), type: z.enum(ENTITY_TYPES), original: z.string() }),
);

export const ExportMessageSchema = z.object({
  id: z.string().min(1).max(128).optional(),
  role: z.enum(['user', 'assistant']),
  original: z.string().optional(),
  redacted: z.string(),
  provider: z.string().max(200).optional(),
  model: z.string().max(200).optional(),
  placeholderMap: PlaceholderMapSchema.optional(),
  createdAt: ts.optional(),
  incomplete: z.boolean().optional(),
  corrupt: z.boolean().optional(),
});

export const ExportConversationSchema = z.object({
  id: z.string().min(1).max(128).optional(),
  title: z.string().max(10_000).default(''),
  createdAt: ts.optional(),
  updatedAt: ts.optional(),
  tags: z.array(z.string().min(1).max(200)).max(1000).default([]),
  messages: z.array(ExportMessageSchema).max(100_000).default([]),
});

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
  exportedAt: ts.optional(),
  conversations: z.array(ExportConversationSchema),
});

export type ExportConversation = z.output<typeof ExportConversationSchema>;
export type ExportFile = z.output<typeof ExportFileSchema>;

export function describeZod(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

export function toExportJson(conversations: Conversation[], exportedAt: number): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    conversations: conversations.map((c) => ({
      id: c.id,
      title: c.title,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      tags: c.tags,
      messages: c.messages.map((m) => ({
        id: m.id,
        role: m.role,
        ...(m.original !== undefined ? { original: m.original } : {}),
        redacted: m.redacted,
        ...(m.provider ? { provider: m.provider } : {}),
        ...(m.model ? { model: m.model } : {}),
        ...(m.placeholderMap ? { placeholderMap: m.placeholderMap } : {}),
        createdAt: m.createdAt,
        ...(m.incomplete ? { incomplete: true } : {}),
        ...(m.corrupt ? { corrupt: true } : {}),
      })),
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Parse and validate an export; throws a readable message on bad input. */
export function parseExportJson(json: string): ExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { cause: e });
  }
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`The file is not a Prompt Vault export: ${describeZod(parsed.error)}`);
  }
  if (parsed.data.version > EXPORT_VERSION) {
    throw new Error(`The export is format version ${parsed.data.version}; this version reads up to ${EXPORT_VERSION}.`);
  }
  return parsed.data;
}

function iso(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** Fence text so Markdown inside a message can't break the document structure. */
function fence(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}

export function toMarkdown(conversations: Conversation[], exportedAt: number): string {
  const out: string[] = [
    `# Prompt Vault export`,
    '',
    `Exported ${iso(exportedAt)}, ${conversations.length} conversation(s).`,
    '',
  ];
  for (const c of conversations) {
    out.push(`## ${c.title.replace(/\s+/g, ' ').trim() || 'Untitled conversation'}`, '');
    out.push(`- Created: ${iso(c.createdAt)}`, `- Updated: ${iso(c.updatedAt)}`);
    if (c.tags.length) out.push(`- Tags: ${c.tags.join(', ')}`);
    out.push(`- Id: ${c.id}`, '');
    for (const m of c.messages) {
      const who = m.role === 'user' ? 'You' : 'Assistant';
      const via = [m.provider, m.model].filter(Boolean).join(' / ');
      out.push(`### ${who} (${iso(m.createdAt)}${via ? `, ${via}` : ''})`, '');
      if (m.corrupt) {
        out.push('_This message is damaged and could not be decrypted._', '');
        continue;
      }
      if (m.incomplete) out.push('_Incomplete: the answer stopped before it finished._', '');
      if (m.original !== undefined) {
        out.push(fence(m.original), '');
        if (m.original !== m.redacted)
          out.push(m.role === 'user' ? 'As sent:' : 'As received:', '', fence(m.redacted), '');
      } else {
        out.push(fence(m.redacted), '');
      }
    }
  }
  return out.join('\n');
}

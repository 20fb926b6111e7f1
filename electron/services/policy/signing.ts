// Ed25519 signing and verification of org policies (libsodium's crypto_sign_detached).
// The signature covers the canonical JSON of the policy object, so reformatting the file keeps
// it valid while any change to a value, key or list invalidates it.
import { createHash } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';
import {
  describeIssues,
  PolicySchema,
  SIGNED_POLICY_FORMAT,
  SignedPolicySchema,
  type Policy,
} from '../../../shared/policy';
import { canonicalJson } from './canonical';

export interface PolicyKeyPair {
  /** base64 (32 bytes) — goes into the build. */
  publicKey: string;
  /** base64 (64 bytes) — stays with the org admin. */
  privateKey: string;
  keyId: string;
}

/** Why a policy was rejected; `code` is stable for tests and the UI. */
export type PolicyRejection =
  | 'NO_PUBLIC_KEY'
  | 'BAD_PUBLIC_KEY'
  | 'UNREADABLE'
  | 'NOT_JSON'
  | 'UNSIGNED'
  | 'WRONG_KEY'
  | 'BAD_SIGNATURE'
  | 'INVALID'
  | 'NOT_YET_VALID'
  | 'EXPIRED';

export class PolicyError extends Error {
  constructor(
    readonly code: PolicyRejection,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

async function ready(): Promise<typeof sodium> {
  await sodium.ready;
  return sodium;
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fromB64(text: string, bytes: number, what: string, code: PolicyRejection): Uint8Array {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new PolicyError(code, `${what} is not base64.`);
  const buf = Buffer.from(trimmed, 'base64');
  if (buf.length !== bytes) throw new PolicyError(code, `${what} must be ${bytes} bytes (got ${buf.length}).`);
  return new Uint8Array(buf);
}

export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

export async function generatePolicyKeyPair(): Promise<PolicyKeyPair> {
  const s = await ready();
  const kp = s.crypto_sign_keypair();
  return { publicKey: b64(kp.publicKey), privateKey: b64(kp.privateKey), keyId: keyIdOf(kp.publicKey) };
}

/** The public key (base64) that belongs to a private key (base64). */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const s = await ready();
  const sk = fromB64(privateKey, s.crypto_sign_SECRETKEYBYTES, 'The private key', 'BAD_PUBLIC_KEY');
  return b64(s.crypto_sign_ed25519_sk_to_pk(sk));
}

/**
 * Validate `policy` against the schema (so admins can't sign a policy the app would reject) and
 * sign it. Returns the signed file's JSON text.
 */
export async function signPolicy(policy: unknown, privateKey: string): Promise<string> {
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) throw new PolicyError('INVALID', `The policy is invalid: ${describeIssues(parsed.error)}`);
  const s = await ready();
  const sk = fromB64(privateKey, s.crypto_sign_SECRETKEYBYTES, 'The private key', 'BAD_PUBLIC_KEY');
  const pk = s.crypto_sign_ed25519_sk_to_pk(sk);
  const signature = s.crypto_sign_detached(new TextEncoder().encode(canonicalJson(policy)), sk);
  const signed = { format: SIGNED_POLICY_FORMAT, keyId: keyIdOf(pk), signature: b64(signature), policy };
  return JSON.stringify(signed, null, 2) + '\n';
}

/**
 * Verify a signed policy file's text with the org's public key (base64) and check its validity
 * period. Throws PolicyError with a readable reason; returns the validated policy.
 */
export async function verifySignedPolicy(
  text: string,
  publicKey: string | undefined,
  now: Date = new Date(),
): Promise<Policy> {
  if (!publicKey) {
    throw new PolicyError('NO_PUBLIC_KEY', 'This build carries no org public key, so no policy can be trusted.');
  }
  const s = await ready();
  const pk = fromB64(publicKey, s.crypto_sign_PUBLICKEYBYTES, 'The org public key', 'BAD_PUBLIC_KEY');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new PolicyError('NOT_JSON', `The policy file is not valid JSON (${(err as Error).message}).`);
  }
  const envelope = SignedPolicySchema.safeParse(raw);
  if (!envelope.success) {
    const looksLikePolicy = typeof raw === 'object' && raw !== null && 'format' in raw && !('signature' in raw);
    throw new PolicyError(
      'UNSIGNED',
      looksLikePolicy
        ? 'The policy is not signed. Sign it with `cli -- policy sign`.'
        : `The policy file is not a signed policy: ${describeIssues(envelope.error)}`,
    );
  }
  const { keyId, signature, policy } = envelope.data;
  if (keyId !== keyIdOf(pk)) {
    throw new PolicyError(
      'WRONG_KEY',
      `The policy was signed with another key (key id ${keyId}; this build trusts ${keyIdOf(pk)}).`,
    );
  }
  let sig: Uint8Array;
  try {
    sig = fromB64(signature, s.crypto_sign_BYTES, 'The signature', 'BAD_SIGNATURE');
  } catch (err) {
    throw new PolicyError('BAD_SIGNATURE', (err as Error).message);
  }
  let message: Uint8Array;
  try {
    message = new TextEncoder().encode(canonicalJson(policy));
  } catch (err) {
    throw new PolicyError('BAD_SIGNATURE', `The policy cannot be canonicalised: ${(err as Error).message}`);
  }
  if (!s.crypto_sign_verify_detached(sig, message, pk)) {
    throw new PolicyError('BAD_SIGNATURE', 'The policy signature does not match: the file was altered after signing.');
  }
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) {
    throw new PolicyError('INVALID', `The signed policy is invalid: ${describeIssues(parsed.error)}`);
  }
  const p = parsed.data;
  if (p.issuedAt && Date.parse(p.issuedAt) > now.getTime() + 5 * 60_000) {
    throw new PolicyError('NOT_YET_VALID', `The policy is not valid before ${p.issuedAt}.`);
  }
  if (p.expiresAt && Date.parse(p.expiresAt) <= now.getTime()) {
    throw new PolicyError('EXPIRED', `The policy expired on ${p.expiresAt}.`);
  }
  return p;
}

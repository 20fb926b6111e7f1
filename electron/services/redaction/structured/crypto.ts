// CRYPTO_WALLET: Bitcoin, Litecoin, Dogecoin, Dash and Tron addresses (base58check with the network's
// version byte), Bitcoin and Litecoin bech32/bech32m addresses with their checksum, Ethereum addresses
// (EIP-55 checksum when mixed case), ENS names, Monero addresses (Keccak checksum) and Solana addresses
// (32-byte keys, no checksum: only where named).
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base58, bech32, bech32m, createBase58check } from '@scure/base';
import { digitExcerpt, pieceEnd } from '../excerpt';
import { allMatches } from '../fast-scan';
import { scan, scanNearDigits } from './scan';
import type { Candidate, Recognizer } from '../types';
import { append } from '../append';

const base58check = createBase58check(sha256);
// Looked for in the words that hold a digit (excerpt.ts): of 33 random base58 characters, all are
// letters about once in 250 addresses.
const BASE58 = /(?<![\p{L}\p{N}])[13LMDTX][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu;
const BECH32 = /(?<![\p{L}\p{N}])(?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87}(?![\p{L}\p{N}])/giu;
const ETH = /(?<![\p{L}\p{N}])0x[0-9a-fA-F]{40}(?![\p{L}\p{N}])/gu;
/** An Ethereum Name Service name ("vitalik.eth"): it resolves to the owner's wallet, so it names it. */
const ENS =
  /(?<![\p{L}\p{N}._@/-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,8}\.eth(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/giu;

/** A quick test before ENS's costlier regex: its suffix as written in lower case, capitals or title case. */
const hasEnsSuffix = (text: string) => text.includes('.eth') || text.includes('.ETH') || text.includes('.Eth');

const VERSIONS: Record<number, string> = {
  0: 'BTC',
  5: 'BTC',
  48: 'LTC',
  50: 'LTC',
  30: 'DOGE',
  76: 'DASH',
  65: 'TRX',
};
/** Words that name a wallet address just before it. */
const WALLET_WORDS =
  /\b(?:bitcoin|btc|litecoin|ltc|wallet|crypto(?:currency)?|coin|address|addr|send|deposit|withdraw(?:al)?)\b/i;
const MIXED = /(?=.*[0-9])(?=.*[A-Z])(?=.*[a-z])/;

/**
 * An address whose checksum fails may be mistyped or made up, but named as a wallet it is one
 * all the same ("my BTC wallet: 1BoatSLRHt..."): reported unvalidated, at a lower score, when a
 * wallet word is near and its length is a real address's (26 to 34 characters).
 */
function namedWallet(text: string, m: RegExpExecArray) {
  const value = m[0];
  if (value.length > 34 || !MIXED.test(value) || !/^[13LM]/.test(value)) return undefined;
  if (!WALLET_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  const coin = value[0] === 'L' || value[0] === 'M' ? 'LTC' : 'BTC';
  return {
    start: m.index,
    end: m.index + value.length,
    type: 'CRYPTO_WALLET' as const,
    subtype: coin,
    score: 0.6,
    source: 'pattern' as const,
  };
}

// Monero writes base58 in blocks: 8 bytes as 11 characters, a shorter last block as fewer.
const XMR = /(?<![\p{L}\p{N}])[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?(?![\p{L}\p{N}])/gu;
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Bytes of a block by its length in characters (index), as Monero encodes them. */
const BLOCK_BYTES = [0, -1, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8];

function moneroBase58(s: string): Uint8Array | undefined {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 11) {
    const block = s.slice(i, i + 11);
    const size = BLOCK_BYTES[block.length] ?? -1;
    if (size < 0) return undefined;
    let n = 0n;
    for (const ch of block) n = n * 58n + BigInt(B58.indexOf(ch));
    if (n >= 1n << BigInt(8 * size)) return undefined;
    for (let k = size - 1; k >= 0; k--) out.push(Number((n >> BigInt(8 * k)) & 0xffn));
  }
  return Uint8Array.from(out);
}

/** A Monero address: network byte, two 32-byte keys (and a payment id), then a Keccak-256 checksum. */
function moneroOk(addr: string): boolean {
  const bytes = moneroBase58(addr);
  if (!bytes || (bytes.length !== 69 && bytes.length !== 77)) return false;
  const body = bytes.subarray(0, bytes.length - 4);
  const hash = keccak_256(body);
  return bytes.subarray(bytes.length - 4).every((b, i) => b === hash[i]);
}

// A Solana address is any 32-byte key in base58: only one named by a word for it just before
// ("SOL", "Solana", "Phantom", "SPL"). Looked for in the words that hold a digit and are long enough
// to hold one: a regex of 32 to 44 such characters tried over every word costs more than all the rest.
const SOL = /(?<![\p{L}\p{N}])[1-9A-HJ-NP-Za-km-z]{32,44}(?![\p{L}\p{N}])/gu;
const SOL_WORD_BEFORE = /\b(?:sol|solana|phantom|spl)\b[^\n]{0,30}$/i;

function solanaAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const excerpt = digitExcerpt(text, 0);
  for (let k = 0; k < excerpt.at.length; k++) {
    const from = excerpt.at[k]!;
    const to = pieceEnd(excerpt, k);
    if (to - from < 32) continue;
    for (const m of allMatches(SOL, excerpt.text.slice(from, to))) {
      const start = excerpt.from[k]! + m.index;
      if (!MIXED.test(m[0]) || !SOL_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      try {
        if (base58.decode(m[0]).length !== 32) continue;
      } catch {
        continue;
      }
      out.push({
        start,
        end: start + m[0].length,
        type: 'CRYPTO_WALLET',
        subtype: 'SOL',
        score: 0.8,
        source: 'pattern',
      });
    }
  }
  return out;
}

function eip55ok(addr: string): boolean {
  const hex = addr.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const c = hex[i]!;
    if (/[a-f]/i.test(c) && nibble >= 8 !== (c === c.toUpperCase())) return false;
  }
  return true;
}

export const cryptoRecognizer: Recognizer = {
  name: 'crypto-wallet',
  types: ['CRYPTO_WALLET'],
  detect(text) {
    const out = scanNearDigits(BASE58, text, 0, 1, (m) => {
      try {
        const bytes = base58check.decode(m[0]);
        const coin = VERSIONS[bytes[0]!];
        if (!coin || bytes.length !== 21) return namedWallet(text, m);
        return {
          start: m.index,
          end: m.index + m[0].length,
          type: 'CRYPTO_WALLET',
          subtype: coin,
          score: 0.95,
          source: 'pattern',
          validated: true,
        };
      } catch {
        return namedWallet(text, m);
      }
    });
    append(
      out,
      scan(text, BECH32, (m) => {
        const s = m[0].toLowerCase();
        if (m[0] !== s && m[0] !== m[0].toUpperCase()) return undefined; // bech32 forbids mixed case
        for (const codec of [bech32, bech32m]) {
          try {
            codec.decode(s as `${string}1${string}`, 90);
            return {
              start: m.index,
              end: m.index + m[0].length,
              type: 'CRYPTO_WALLET',
              subtype: s.startsWith('ltc') ? 'LTC' : 'BTC',
              score: 0.95,
              source: 'pattern',
              validated: true,
            };
          } catch {
            /* try the other checksum */
          }
        }
        return undefined;
      }),
    );
    append(
      out,
      scan(text, ETH, (m) =>
        eip55ok(m[0])
          ? {
              start: m.index,
              end: m.index + m[0].length,
              type: 'CRYPTO_WALLET',
              subtype: 'ETH',
              score: 0.9,
              source: 'pattern',
              validated: /[a-f]/.test(m[0]) && /[A-F]/.test(m[0]),
            }
          : undefined,
      ),
    );
    append(
      out,
      scanNearDigits(XMR, text, 0, 1, (m) =>
        moneroOk(m[0])
          ? {
              start: m.index,
              end: m.index + m[0].length,
              type: 'CRYPTO_WALLET',
              subtype: 'XMR',
              score: 0.95,
              source: 'pattern',
              validated: true,
            }
          : undefined,
      ),
    );
    append(out, solanaAddresses(text));
    if (hasEnsSuffix(text)) {
      for (const m of text.matchAll(ENS))
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          type: 'CRYPTO_WALLET',
          subtype: 'ENS',
          score: 0.8,
          source: 'pattern',
        });
    }
    return out;
  },
};

// CRYPTO_WALLET: Bitcoin and Litecoin addresses (base58check with the network's version byte,
// bech32/bech32m with its checksum), Ethereum addresses (EIP-55 checksum when mixed case) and ENS names.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { scan } from './scan';
import type { Recognizer } from '../types';
import { append } from '../append';

const base58check = createBase58check(sha256);
const BASE58 = /(?<![\p{L}\p{N}])[13LM][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu;
const BECH32 = /(?<![\p{L}\p{N}])(?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87}(?![\p{L}\p{N}])/giu;
const ETH = /(?<![\p{L}\p{N}])0x[0-9a-fA-F]{40}(?![\p{L}\p{N}])/gu;
/** An Ethereum Name Service name ("vitalik.eth"): it resolves to the owner's wallet, so it names it. */
const ENS =
  /(?<![\p{L}\p{N}._@/-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,8}\.eth(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/giu;

const VERSIONS: Record<number, string> = { 0: 'BTC', 5: 'BTC', 48: 'LTC', 50: 'LTC' };
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
  if (value.length > 34 || !MIXED.test(value)) return undefined;
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
    const out = scan(text, BASE58, (m) => {
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
    if (text.includes('.eth') || text.includes('.ETH')) {
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

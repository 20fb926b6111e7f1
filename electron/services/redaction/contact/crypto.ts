// CRYPTO_WALLET: addresses whose checksum can be verified.
// - Bitcoin, Litecoin, Dogecoin legacy addresses: base58check with the network's version byte.
// - SegWit addresses (bc1, tb1, ltc1): bech32 (v0) or bech32m (v1+) checksum and program length.
// - Ethereum: 0x + 40 hex; a mixed-case address must pass its EIP-55 checksum.
// - XRP: base58 (Ripple alphabet) with a double-SHA-256 checksum.
// - Monero: base58 (Monero blocks) with a Keccak-256 checksum.
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58xmr, base58xrp, bech32, bech32m, createBase58check } from '@scure/base';
import type { Candidate, Recognizer } from '../types';
import { contextTest, round, scan } from './util';

const base58check = createBase58check(sha256);

const BASE58 = /(?<![\p{L}\p{N}_])[13mn2LMD][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}_])/gu;
const BECH32 =
  /(?<![\p{L}\p{N}_])(?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87}(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?:BC|TB|LTC)1[02-9AC-HJ-NP-Z]{6,87}(?![\p{L}\p{N}_])/gu;
const ETH = /(?<![\p{L}\p{N}_])0x[0-9a-fA-F]{40}(?![\p{L}\p{N}_])/gu;
const XRP = /(?<![\p{L}\p{N}_])r[1-9A-HJ-NP-Za-km-z]{24,34}(?![\p{L}\p{N}_])/gu;
const XMR = /(?<![\p{L}\p{N}_])[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?(?![\p{L}\p{N}_])/gu;

const CONTEXT = contextTest([
  'wallet',
  'address',
  'btc',
  'bitcoin',
  'eth',
  'ether',
  'ethereum',
  'ltc',
  'litecoin',
  'doge',
  'dogecoin',
  'xrp',
  'ripple',
  'xmr',
  'monero',
  'crypto',
  'send',
  'sent',
  'pay',
  'deposit',
  'withdraw',
  'usdt',
  'usdc',
  'erc20',
  'token',
]);

/** Version byte of a base58check payload -> coin. */
const VERSIONS: Record<number, string> = {
  0: 'BTC',
  5: 'BTC',
  0x6f: 'BTC_TESTNET',
  0xc4: 'BTC_TESTNET',
  0x30: 'LTC',
  0x32: 'LTC',
  0x1e: 'DOGE',
  0x16: 'DOGE',
};

const HEX_LOWER = /^[0-9a-f]{40}$/;
const HEX_UPPER = /^[0-9A-F]{40}$/;

/** EIP-55: the case of each hex letter follows the Keccak-256 hash of the lower-case address. */
export function eip55Valid(address: string): boolean {
  const hex = address.slice(2);
  if (HEX_LOWER.test(hex) || HEX_UPPER.test(hex)) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    const letter = (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    if (!letter) continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if (nibble >= 8 !== c <= 70) return false;
  }
  return true;
}

function base58Coin(s: string): string | undefined {
  try {
    const payload = base58check.decode(s);
    if (payload.length !== 21) return undefined;
    return VERSIONS[payload[0]!];
  } catch {
    return undefined;
  }
}

function segwitCoin(s: string): string | undefined {
  const lower = s.toLowerCase();
  const hrp = lower.slice(0, lower.indexOf('1'));
  try {
    const v0 = lower[hrp.length + 1] === 'q';
    const { words } = (v0 ? bech32 : bech32m).decode(lower as `${string}1${string}`, 90);
    const version = words[0]!;
    const program = (v0 ? bech32 : bech32m).fromWords(words.slice(1));
    if (version > 16 || program.length < 2 || program.length > 40) return undefined;
    if (version === 0 && program.length !== 20 && program.length !== 32) return undefined;
    return hrp === 'bc' ? 'BTC' : hrp === 'tb' ? 'BTC_TESTNET' : 'LTC';
  } catch {
    return undefined;
  }
}

function xrpValid(s: string): boolean {
  try {
    const bytes = base58xrp.decode(s);
    if (bytes.length !== 25 || bytes[0] !== 0) return false;
    const check = sha256(sha256(bytes.subarray(0, 21)));
    return check[0] === bytes[21] && check[1] === bytes[22] && check[2] === bytes[23] && check[3] === bytes[24];
  } catch {
    return false;
  }
}

function moneroValid(s: string): boolean {
  try {
    const bytes = base58xmr.decode(s);
    if (bytes.length !== 69 && bytes.length !== 77) return false;
    if (![18, 19, 42].includes(bytes[0]!)) return false;
    const body = bytes.subarray(0, bytes.length - 4);
    const check = keccak_256(body);
    const tail = bytes.subarray(bytes.length - 4);
    return check[0] === tail[0] && check[1] === tail[1] && check[2] === tail[2] && check[3] === tail[3];
  } catch {
    return false;
  }
}

function wallet(text: string, m: RegExpExecArray, subtype: string, score: number): Candidate {
  const start = m.index;
  const end = start + m[0].length;
  const s = CONTEXT(text, start, end) ? score + 0.05 : score;
  return { start, end, type: 'CRYPTO_WALLET', subtype, score: round(s), source: 'pattern', validated: true };
}

export const cryptoWalletRecognizer: Recognizer = {
  name: 'contact:crypto-wallet',
  types: ['CRYPTO_WALLET'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    const out = scan(text, BASE58, (m) => {
      const coin = base58Coin(m[0]);
      return coin ? wallet(text, m, coin, 0.9) : null;
    });
    out.push(
      ...scan(text, BECH32, (m) => {
        const coin = segwitCoin(m[0]);
        return coin ? wallet(text, m, coin, 0.92) : null;
      }),
    );
    if (text.includes('0x') || text.includes('0X')) {
      out.push(
        ...scan(text, ETH, (m) => {
          const mixed = !HEX_LOWER.test(m[0].slice(2)) && !HEX_UPPER.test(m[0].slice(2));
          if (!eip55Valid(m[0])) return null;
          // Without a mixed-case checksum, 0x + 40 hex is the shape of an address and nothing more.
          const c = wallet(text, m, 'ETH', mixed ? 0.93 : 0.8);
          return mixed ? c : { ...c, validated: false };
        }),
      );
    }
    out.push(...scan(text, XRP, (m) => (xrpValid(m[0]) ? wallet(text, m, 'XRP', 0.9) : null)));
    out.push(...scan(text, XMR, (m) => (moneroValid(m[0]) ? wallet(text, m, 'XMR', 0.93) : null)));
    return out;
  },
};

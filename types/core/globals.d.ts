/**
 * The only globals the pure core may use, for `tsconfig.core.json` (which has no DOM library and no
 * Node types): a clock, text codecs and WebCrypto's key type — what Node 20 and every browser give
 * alike. No page, no network, no storage: the compiler refuses those in the core.
 */
declare const performance: { now(): number };

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: unknown;
  readonly usages: readonly string[];
}

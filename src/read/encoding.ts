// Bytes to text: BOMs, declared charsets, UTF-8 validation, Windows-1252 fallback, binary detection, mojibake repair.
import iconv from 'iconv-lite';

export interface DecodeHints {
  /** charset from an HTTP Content-Type header. */
  httpCharset?: string | null;
  /** Look for <meta charset> / http-equiv (HTML) and <?xml encoding?> (feeds) in the first bytes. */
  sniffDeclarations?: boolean;
}

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

// Declarations must sit near the top of a page (HTML spec: first 1024 bytes; real pages push them further
// down behind comments and scripts, so look a bit more).
const DECLARATION_WINDOW = 8192;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)/i;
const XML_DECLARATION = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([a-z0-9_:.\-]+)["']/i;
const BINARY_SAMPLE = 8192;
// Share of control bytes above which a file is treated as binary rather than text with a few stray controls.
const MAX_CONTROL_SHARE = 0.02;
// …and above this count: in a 30-byte note one stray control byte is already 3%, and that is still text.
const MIN_CONTROL_BYTES = 8;
// Invalid sequences per valid multi-byte sequence above which "UTF-8 with a few bad bytes" becomes "not UTF-8".
const MAX_INVALID_UTF8_SHARE = 0.1;
const LATIN9_SIGNS = /\d ?\u00a4|\u00a4 ?\d|\p{L}[\u00bc\u00bd]\p{L}/u;

/** Labels that WHATWG decoders treat as Windows-1252: printable Latin-1 text is the same in both. */
const LATIN1_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819', 'iso-ir-100', 'windows-1252', 'cp1252', 'x-cp1252']);
const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const SINGLE_BYTE_FAMILY = new Set(['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2']);

/**
 * UTF-7 labels. Never decoded: in UTF-7, plain ASCII such as "+ADw-script+AD4-" spells markup, so a declaration
 * would turn text that every earlier check saw as harmless into tags (and browsers dropped it for that reason). A
 * page declaring it is read as if it declared nothing.
 */
const UTF7_LABEL = /^(?:x-)?(?:unicode-1-1-)?utf-?7(?:-imap)?$|^csunicode11utf7$/;

/** A canonical, lower-case charset name iconv-lite can decode, or null for an unknown (or refused) label. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (UTF7_LABEL.test(l)) return null;
  if (UTF8_ALIASES.has(l)) return 'utf-8';
  if (LATIN1_ALIASES.has(l)) return 'windows-1252';
  if (l === 'iso-8859-15' || l === 'iso8859-15' || l === 'latin9' || l === 'latin-9') return 'iso-8859-15';
  if (l === 'utf-16' || l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return iconv.encodingExists(l) ? l : null;
}

/** The charset a Content-Type header names, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType) : null;
  return m ? m[1] : null;
}

/**
 * The byte order mark the bytes start with. Longest first: the UTF-32LE mark (FF FE 00 00) begins with the UTF-16LE
 * one (FF FE), and read as UTF-16 a UTF-32 text is every other unit NUL, refused as not text.
 */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Bytes of UTF-16 or UTF-32 (a BOM of either, or the zero bytes of UTF-16 without one), whose units are not bytes. */
export function looksWide(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  return bom ? bom.encoding !== 'utf-8' : bomlessUtf16(bytes) !== null;
}

/** UTF-16 without a BOM: ASCII-heavy text leaves every other byte zero. */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Why these bytes are not text (NUL bytes, many control bytes), or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary file (contains NUL bytes)';
    // Tab, LF, FF, CR and ESC occur in real text files; other C0 controls do not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) controls++;
  }
  return controls >= MIN_CONTROL_BYTES && controls / n > MAX_CONTROL_SHARE ? 'binary file (mostly non-text bytes)' : null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_WINDOW)).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  if (xml) return xml[1];
  const meta = META_CHARSET.exec(head);
  return meta ? meta[1] : null;
}

interface Utf8Scan {
  valid: boolean;
  multibyte: number;
  invalid: number;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8', { fatal: false });

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid: invalid === 0, multibyte, invalid };
}

const WINDOWS_1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'windows-1252');

/**
 * UTF-8 whose invalid bytes are read as Windows-1252: a UTF-8 page with a few Latin-1 bytes pasted in (an old
 * template, a copied quote) gives "été", not "�t�". Only called when the bytes are known not to be valid UTF-8.
 */
function decodeUtf8WithLatinFallback(bytes: Uint8Array): string {
  return decodeUtf8Replacing(bytes, (b) => WINDOWS_1252_HIGH[b - 0x80]!);
}

/** Valid UTF-8 decoded as such; each byte that is not part of a valid sequence becomes `stray(byte)`. */
function decodeUtf8Replacing(bytes: Uint8Array, stray: (byte: number) => string): string {
  let out = '';
  let start = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += UTF8_LENIENT.decode(bytes.subarray(start, i)) + stray(b);
    i++;
    start = i;
  }
  return out + UTF8_LENIENT.decode(bytes.subarray(start));
}

/** Length of the valid UTF-8 sequence starting at i (lead byte ≥ 0x80), or 0 when it is not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong forms and surrogates: the strict decoder rejects them, so must this scan.
  const b1 = bytes[i + 1];
  if (b === 0xe0 && b1 < 0xa0) return 0;
  if (b === 0xed && b1 > 0x9f) return 0;
  if (b === 0xf0 && b1 < 0x90) return 0;
  if (b === 0xf4 && b1 > 0x8f) return 0;
  return len;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return UTF8_LENIENT.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

/**
 * Decodes bytes to text: BOM first, then the HTTP charset, then an in-document declaration, then UTF-8 if the
 * bytes are valid UTF-8, else Windows-1252. A declared single-byte charset loses to bytes that are valid,
 * non-ASCII UTF-8 (servers and templates often declare Latin-1 for UTF-8 pages; the reverse is never valid).
 * UTF-8 with a few bad bytes is decoded with those bytes read as Windows-1252 (Latin-1 pasted into UTF-8).
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  const bom = bomOf(bytes);
  if (bom) return wideText(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return wideText(decodeWith(bytes, utf16), utf16);
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };

  const declared =
    canonicalCharset(hints.httpCharset) ?? (hints.sniffDeclarations ? canonicalCharset(declaredCharset(bytes)) : null);
  const scan = scanUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    if (SINGLE_BYTE_FAMILY.has(declared) && scan.valid && scan.multibyte > 0) {
      return { ok: true, text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
    }
    // A declared UTF-16 or UTF-32 on bytes without NULs is a lie (the document was transcoded on its way here).
    if (!/^utf-?(?:16|32)/.test(declared)) return { ok: true, text: decodeWith(bytes, declared), encoding: declared };
  }
  if (scan.valid) return { ok: true, text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
  if (scan.multibyte > 0 && scan.invalid <= scan.multibyte * MAX_INVALID_UTF8_SHARE) {
    return { ok: true, text: decodeUtf8WithLatinFallback(bytes), encoding: 'utf-8' };
  }
  // Neither UTF-8 nor, at this share of high bytes, Latin-1 text: French or English in Windows-1252 has a few accented
  // letters in ASCII (a page's markup is ASCII), while random or compressed bytes are half above 0x7F, and so is text
  // in an undeclared non-Latin charset, which would be stored as mojibake. Refused rather than stored as a document.
  // Two control bytes in bytes that are not UTF-8 either: random data again (one in nine random bytes is one).
  if (highShare(bytes) > MAX_LATIN1_HIGH_SHARE || controlCount(bytes) >= 2) {
    return { ok: false, reason: 'not text (neither UTF-8 nor Latin-1: random or binary data, or text in an undeclared charset)' };
  }
  const text = decodeWith(bytes, 'windows-1252');
  // ISO-8859-15 differs from 1252 where it matters to French: € at A4 and œ at BD. Read as 1252 they come out
  // as "¤" next to a number and "½" inside a word ("c½ur"), which no real text contains.
  if (LATIN9_SIGNS.test(text)) return { ok: true, text: decodeWith(bytes, 'iso-8859-15'), encoding: 'iso-8859-15' };
  return { ok: true, text, encoding: 'windows-1252' };
}

/** The bytes as text, each byte that is not part of valid UTF-8 shown as \xNN (file names that cannot be decoded). */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
  return decodeUtf8Replacing(bytes, (b) => `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`);
}

// What a text in UTF-16 or UTF-32 does not hold: controls, private-use characters, replacements for broken
// surrogate pairs (UTF-16) or for units above U+10FFFF (UTF-32).
const NOT_TEXT_UNITS = /[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g;

/**
 * Text decoded from UTF-16 or UTF-32 (a BOM, or every other byte zero), unless it is random bytes that happened to
 * start with a BOM: decoded, those are a soup of rare characters, one in ten from the private-use area or a broken
 * pair (in UTF-32 nearly every random unit is above U+10FFFF, a replacement character).
 */
function wideText(text: string, encoding: string): DecodeResult {
  const sample = text.length > 32_768 ? text.slice(0, 32_768) : text;
  const odd = sample.match(NOT_TEXT_UNITS)?.length ?? 0;
  if (odd >= 2 && odd / sample.length > 0.02) return { ok: false, reason: `not text (${encoding} that decodes to control and private-use characters)` };
  return { ok: true, text, encoding };
}

/** Above this share of bytes ≥ 0x80, bytes that are not UTF-8 are not Latin-1 text either (see decodeBytes). */
const MAX_LATIN1_HIGH_SHARE = 0.3;

/** C0 control bytes other than tab, LF, FF, CR and ESC, and DEL, in the first 64 KB. */
function controlCount(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) controls++;
  }
  return controls;
}

function highShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  let high = 0;
  for (let i = 0; i < n; i++) if (bytes[i] >= 0x80) high++;
  return n === 0 ? 0 : high / n;
}

/** Strict UTF-8 check, exported for callers that must not guess. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8_FATAL.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Mojibake: UTF-8 bytes decoded as a single-byte code page and saved again ("Ã©" for "é").

// Code pages a UTF-8 page is commonly mis-read as; the first that repairs a run wins. ISO-8859-2 comes before
// Windows-1250 because "ĂŠ" is "é" in the first and the much rarer "Ê" in the second.
const MOJIBAKE_CODE_PAGES = ['windows-1252', 'iso-8859-2', 'windows-1250', 'iso-8859-15'] as const;
// "à" is C3 A0 in UTF-8: mis-read as 1252 it becomes "Ã" + no-break space, and that space is often turned
// into a plain one before the file is saved again. Only repaired in text already proven to be mojibake.
const LOST_NBSP_A_GRAVE = /\u00c3 (?=[\s.,;:!?)»]|$)/g;
const MAX_REPAIR_PASSES = 3;

/**
 * What a repaired character may be. A real mojibake run decodes to Latin letters, punctuation, € or an emoji;
 * a run that decodes to Latin Extended-B, IPA, Hebrew or a control is correct text that happens to look like
 * mojibake ("É" followed by a no-break space or "Ç" by a closing guillemet in a French headline).
 */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x17f) ||
    cp === 0x192 ||
    (cp >= 0x218 && cp <= 0x21b) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    cp === 0x20ac ||
    cp === 0x2122 ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  );
}

interface MojibakeTable {
  pattern: RegExp;
  byteOf: Map<string, number>;
}

function escapeClass(chars: string[]): string {
  return chars.map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

function buildTable(codePage: string): MojibakeTable {
  const byteOf = new Map<string, number>();
  const lead2: string[] = [];
  const lead3: string[] = [];
  const lead4: string[] = [];
  const cont: string[] = [];
  for (let b = 0x80; b <= 0xff; b++) {
    let ch = iconv.decode(Buffer.from([b]), codePage);
    // Bytes a code page leaves undefined come through as the C1 control of the same number (Latin-1 style).
    if (ch === '\ufffd' || ch.length !== 1) ch = String.fromCharCode(b);
    byteOf.set(ch, b);
    if (b <= 0xbf) cont.push(ch);
    else if (b >= 0xc2 && b <= 0xdf) lead2.push(ch);
    else if (b >= 0xe0 && b <= 0xef) lead3.push(ch);
    else if (b >= 0xf0 && b <= 0xf4) lead4.push(ch);
  }
  const c = `[${escapeClass(cont)}]`;
  const pattern = new RegExp(
    `[${escapeClass(lead4)}]${c}{3}|[${escapeClass(lead3)}]${c}{2}|[${escapeClass(lead2)}]${c}`,
    'g',
  );
  return { pattern, byteOf };
}

const TABLES: readonly MojibakeTable[] = MOJIBAKE_CODE_PAGES.map(buildTable);

function repairWith(text: string, table: MojibakeTable): string {
  return text.replace(table.pattern, (run) => {
    const bytes = Uint8Array.from(run, (ch) => table.byteOf.get(ch) ?? 0);
    let decoded: string;
    try {
      decoded = UTF8_FATAL.decode(bytes);
    } catch {
      return run;
    }
    const cp = decoded.codePointAt(0) ?? 0;
    return plausible(cp) ? decoded : run;
  });
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252, Windows-1250, ISO-8859-2 or ISO-8859-15 and saved
 * again ("Ã©tÃ©" → "été", "liĂ©es" → "liées", "â€™" → "’"), including double encodings. Only character
 * runs that re-encode to one valid UTF-8 sequence decoding to a plausible character are replaced, so
 * correct text is left alone. Must run before normalisation (which drops the C1 controls some runs hold).
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    let next = current;
    for (const table of TABLES) next = repairWith(next, table);
    if (next === current) break;
    current = next;
  }
  return current === text ? text : current.replace(LOST_NBSP_A_GRAVE, 'à');
}

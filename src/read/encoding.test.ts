import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeBytes, repairMojibake } from './encoding.js';

const FRENCH = 'L’été à Marseille : règlement de comptes… Un homme de 23 ans tué, 15 000 € saisis au cœur de la cité.';
// Latin-9 has no typographic apostrophe or ellipsis.
const FRENCH_LATIN9 = "L'été à Marseille : règlement de comptes. 15 000 € saisis au cœur de la cité, une œuvre de l'OFAST.";

function decoded(bytes: Uint8Array, hints = {}) {
  const r = decodeBytes(bytes, hints);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('decodeBytes', () => {
  it('reads the Latin-1 bytes of a mostly UTF-8 file as Windows-1252, not as U+FFFD', () => {
    const utf8 = Buffer.from(FRENCH + ' ', 'utf8');
    const latin = iconv.encode("L'été fut chaud. ", 'latin1');
    const r = decoded(Buffer.concat([utf8, latin, utf8]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${FRENCH} L'été fut chaud. ${FRENCH} `);
    expect(r.text).not.toContain('\ufffd');
  });

  it('keeps a short text file with one stray control byte, and still rejects control-heavy bytes', () => {
    const note = Buffer.from('Note du jour\u0001 : rien.', 'utf8');
    expect(decoded(note).text).toBe('Note du jour\u0001 : rien.');
    const junk = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(junk)).toMatchObject({ ok: false });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    const r = decoded(Buffer.from(FRENCH, 'utf8'));
    expect(r).toEqual({ ok: true, text: FRENCH, encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for undeclared single-byte French text, with € and œ', () => {
    const r = decoded(iconv.encode(FRENCH, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(FRENCH);
  });

  it('recognises undeclared ISO-8859-15 by its € and œ', () => {
    const r = decoded(iconv.encode(FRENCH_LATIN9, 'iso-8859-15'));
    expect(r.encoding).toBe('iso-8859-15');
    expect(r.text).toBe(FRENCH_LATIN9);
  });

  it('follows a <meta charset> declaration and the HTTP charset', () => {
    const page = `<html><head><meta charset="ISO-8859-15"><title>x</title></head><body>${FRENCH_LATIN9}</body></html>`;
    const r = decoded(iconv.encode(page, 'iso-8859-15'), { sniffDeclarations: true });
    expect(r.encoding).toBe('iso-8859-15');
    expect(r.text).toContain('15 000 € saisis au cœur');
    const http = decoded(iconv.encode('Règlement à Nîmes', 'latin1'), { httpCharset: 'ISO-8859-1' });
    expect(http).toMatchObject({ encoding: 'windows-1252', text: 'Règlement à Nîmes' });
  });

  it('prefers valid UTF-8 bytes over a Latin-1 label', () => {
    const r = decoded(Buffer.from(FRENCH, 'utf8'), { httpCharset: 'iso-8859-1' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(FRENCH);
  });

  it('strips UTF-8 and UTF-16 byte order marks', () => {
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]);
    expect(decoded(bom8)).toMatchObject({ encoding: 'utf-8', text: FRENCH });
    const bom16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    expect(decoded(bom16)).toMatchObject({ encoding: 'utf-16le', text: FRENCH });
  });

  it('reads UTF-32 with its byte order mark, whose LE mark begins with the UTF-16LE one', () => {
    // A short bilingual article, with a character outside the BMP (one UTF-32 unit, a surrogate pair in JS).
    const article = `${FRENCH}\nShots were fired in Marseille's northern districts on 5 March 2024, police said. 🚨\n`;
    // The bytes written by hand, unit by unit, not by the decoder under test.
    const units = (bigEndian: boolean) => {
      const cps = [0xfeff, ...Array.from(article, (ch) => ch.codePointAt(0)!)];
      const out = Buffer.alloc(cps.length * 4);
      cps.forEach((cp, i) => (bigEndian ? out.writeUInt32BE(cp, i * 4) : out.writeUInt32LE(cp, i * 4)));
      return out;
    };
    const le = units(false);
    const be = units(true);
    expect([...le.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x00, 0x00]);
    expect([...be.subarray(0, 4)]).toEqual([0x00, 0x00, 0xfe, 0xff]);
    expect(decoded(le)).toEqual({ ok: true, encoding: 'utf-32le', text: article });
    expect(decoded(be)).toEqual({ ok: true, encoding: 'utf-32be', text: article });
    // Random bytes behind a UTF-32 mark are still refused (nearly every unit is beyond U+10FFFF).
    const random = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 73 + 11) % 256))]);
    expect(decodeBytes(random).ok).toBe(false);
  });

  it('keeps the whole document when UTF-8 has a stray bad byte', () => {
    const good = Buffer.from(FRENCH + ' ' + FRENCH, 'utf8');
    const bad = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40)]);
    const r = decoded(bad);
    expect(r.encoding).toBe('utf-8');
    // 0xFF is "ÿ" in Windows-1252: the byte is kept as a character, never as U+FFFD.
    expect(r.text).toContain('ÿ');
    expect(r.text).not.toContain('\ufffd');
    expect(r.text.endsWith('de la cité.')).toBe(true);
    expect(r.text.length).toBe(FRENCH.length * 2 + 2);
  });

  it('refuses binary data', () => {
    const bin = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(decodeBytes(bin)).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
    const noNul = Uint8Array.from({ length: 512 }, (_, i) => 1 + (i % 30));
    expect(decodeBytes(noNul).ok).toBe(false);
  });

  it('reads charsets from Content-Type headers', () => {
    expect(charsetFromContentType('text/html; charset="windows-1252"')).toBe('windows-1252');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('Lâ€™Ã©tÃ© Ã\u00a0 Marseille : rÃ¨glement de comptesâ€¦ 15 000 â‚¬, cÅ“ur')).toBe(
      'L’été à Marseille : règlement de comptes… 15 000 €, cœur',
    );
  });

  it('repairs UTF-8 read as Windows-1250 or ISO-8859-2', () => {
    expect(repairMojibake('deux affaires liĂ©es au trafic')).toBe('deux affaires liées au trafic');
    const latin2 = iconv.decode(Buffer.from('liées à la drogue', 'utf8'), 'iso-8859-2');
    expect(repairMojibake(latin2)).toBe('liées à la drogue');
  });

  it('repairs double encodings and a no-break space lost after "Ã"', () => {
    expect(repairMojibake('ArrÃƒÂªtÃƒÂ©')).toBe('Arrêté');
    expect(repairMojibake('tuÃ© Ã  Nîmes')).toBe('tué à Nîmes');
  });

  it('leaves correct text alone, including text that merely contains Ã or capitals before punctuation', () => {
    const correct = [
      FRENCH,
      'CAFÉ\u00a0» — ÇA\u00a0! « ÉTÉ\u00a0» Ç»',
      'Ã is the Latin capital A with tilde',
      'São Paulo, Kraków, Łódź, Ørsted, naïve',
    ];
    for (const t of correct) expect(repairMojibake(t)).toBe(t);
  });
});

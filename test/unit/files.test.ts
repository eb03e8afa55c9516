/**
 * Decoding a file's bytes (`node/files.ts`): what the index and `vanban check` read must be
 * exactly what the editor shows for the same file — the text VS Code's UTF-8 decoder gives, the
 * BOM dropped — whichever native path does the decoding, and invalid UTF-8 must be flagged.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../server/src/node/files';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** The reference: the standard decoder, strict first, lenient when the bytes are not UTF-8. */
function reference(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start)), invalidUtf8: true };
  }
}

const LONG = 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về công tác cán bộ. '.repeat(4);

const TABLE: readonly { readonly name: string; readonly bytes: Uint8Array; readonly text: string; readonly invalidUtf8: boolean }[] = [
  { name: 'Vietnamese text long enough for the native path', bytes: utf8(LONG), text: LONG, invalidUtf8: false },
  { name: 'a BOM is dropped', bytes: utf8(`\uFEFF${LONG}`), text: LONG, invalidUtf8: false },
  { name: 'a second BOM is text (the editor shows it)', bytes: utf8(`\uFEFF\uFEFF${LONG}`), text: `\uFEFF${LONG}`, invalidUtf8: false },
  { name: 'a BOM inside the text is kept', bytes: utf8(`${LONG}\uFEFF${LONG}`), text: `${LONG}\uFEFF${LONG}`, invalidUtf8: false },
  { name: 'characters beyond the BMP become surrogate pairs', bytes: utf8(`${LONG}𝐐𝐃 😀`), text: `${LONG}𝐐𝐃 😀`, invalidUtf8: false },
  { name: 'ASCII only', bytes: utf8('43-CT/TW '.repeat(20)), text: '43-CT/TW '.repeat(20), invalidUtf8: false },
  { name: 'an empty file', bytes: new Uint8Array(0), text: '', invalidUtf8: false },
  {
    name: 'invalid UTF-8 is flagged and read with U+FFFD',
    bytes: new Uint8Array([...utf8(LONG), 0xc3, 0x28, ...utf8(' Chỉ thị 43')]),
    text: `${LONG}\uFFFD( Chỉ thị 43`, invalidUtf8: true,
  },
  { name: 'an encoded surrogate is invalid', bytes: new Uint8Array([...utf8(LONG), 0xed, 0xa0, 0x80]), text: `${LONG}\uFFFD\uFFFD\uFFFD`, invalidUtf8: true },
];

describe('decoding files', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const d = decodeText(row.bytes);
      assert.equal(d.text, row.text);
      assert.equal(d.invalidUtf8, row.invalidUtf8);
      assert.equal(d.binary, false);
    });
  }

  it('gives the standard decoder\'s text for any string, short or long', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (s, bom) => {
      const bytes = utf8(bom ? `\uFEFF${s}` : s);
      const d = decodeText(bytes);
      // A NUL in the first 8 KB makes a file binary; other strings are text.
      if (s.includes('\0')) return d.binary;
      const r = reference(bytes);
      return d.text === r.text && d.invalidUtf8 === r.invalidUtf8;
    }), { numRuns: 500 });
  });

  it('flags any invalid bytes as the standard decoder does, and reads them as it does', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }).filter((b) => !b.subarray(0, 8192).includes(0)), (bytes) => {
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
      const d = decodeText(bytes);
      const r = reference(bytes);
      return d.text === r.text && d.invalidUtf8 === r.invalidUtf8;
    }), { numRuns: 1000 });
  });
});

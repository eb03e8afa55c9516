/**
 * The normalised view of a text: what the scanner reads (NFC, no zero-width characters, entities
 * decoded) and the map back to raw offsets. Each row is a raw text, the view it must give, and
 * view ranges with the raw text they must map back to.
 */
import * as assert from 'node:assert/strict';
import { createView, decodeEntity, PLAIN_RUN } from '../../server/src/core/text/view';

const TABLE: readonly {
  readonly name: string;
  readonly raw: string;
  readonly view: string;
  /** A substring of the view, and the raw text it comes from. */
  readonly maps: readonly (readonly [string, string])[];
  readonly nfd?: number;
  readonly zeroWidth?: number;
  readonly entities?: readonly string[];
}[] = [
  { name: 'clean text is its own view', raw: 'Quyết định 290-QĐ/TW', view: 'Quyết định 290-QĐ/TW', maps: [['290-QĐ/TW', '290-QĐ/TW']] },
  {
    name: 'decomposed accents are composed', raw: 'Quyết định 290-QĐ/TW'.normalize('NFD'), view: 'Quyết định 290-QĐ/TW',
    maps: [['Quyết', 'Quyết'.normalize('NFD')], ['ế', 'e\u0302\u0301'], ['290-QĐ/TW', '290-QĐ/TW']], nfd: 2,
  },
  {
    name: 'zero-width characters are dropped', raw: 'Chỉ\u200B thị 43\u200C-CT/TW\uFEFF', view: 'Chỉ thị 43-CT/TW',
    maps: [['43-CT/TW', '43\u200C-CT/TW'], ['Chỉ', 'Chỉ']], zeroWidth: 3,
  },
  {
    name: 'entities are decoded', raw: 'Quy&#7871;t &#273;&#7883;nh 290-Q&#x110;/TW ng&agrave;y', view: 'Quyết định 290-QĐ/TW ngày',
    maps: [['290-QĐ/TW', '290-Q&#x110;/TW'], ['ế', '&#7871;']], entities: ['ế', 'đ', 'ị', 'Đ', 'à'],
  },
  { name: 'an accent typed after an entity belongs to its letter', raw: 'Quy&ecirc;\u0301t', view: 'Quyết', maps: [['ế', '&ecirc;\u0301']], entities: ['ế'] },
  { name: 'unknown entities and a bare ampersand stay', raw: 'A &foo; & B &#0;', view: 'A &foo; & B &#0;', maps: [['& B', '& B']] },
  { name: 'singletons fold (Kelvin and Ohm signs)', raw: '5 \u212A \u2126', view: '5 K Ω', maps: [['K', '\u212A']], nfd: 2 },
  { name: 'decomposed Hangul is composed', raw: '\u1100\u1161\u11A8 1', view: '\uAC01 1', maps: [['\uAC01', '\u1100\u1161\u11A8']], nfd: 1 },
  { name: 'a lone surrogate stays', raw: 'a\uD800b', view: 'a\uD800b', maps: [['b', 'b']] },
];

describe('text view', () => {
  it('the fast path only skips characters that stand for themselves (NFC-stable, not marks, not zero-width, not &)', () => {
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const c = String.fromCharCode(u);
      PLAIN_RUN.lastIndex = 0;
      PLAIN_RUN.test(c);
      if (PLAIN_RUN.lastIndex === 0) continue;
      if (c.normalize('NFC') !== c || /\p{M}/u.test(c) || /[\u200B-\u200D\u2060\uFEFF\u00AD&]/.test(c)) wrong.push(u.toString(16));
    }
    assert.deepEqual(wrong, []);
    // Vietnamese letters, dashes and quotes are in it; a combining mark is not.
    PLAIN_RUN.lastIndex = 0;
    PLAIN_RUN.test('Quyết định – “Chỉ thị” 43\u0301');
    assert.equal(PLAIN_RUN.lastIndex, 'Quyết định – “Chỉ thị” 43'.length);
  });


  for (const row of TABLE) {
    it(row.name, () => {
      const v = createView(row.raw);
      assert.equal(v.text, row.view);
      for (const [inView, inRaw] of row.maps) {
        const at = v.text.indexOf(inView);
        assert.ok(at >= 0, `"${inView}" is in the view`);
        const r = v.toRaw(at, at + inView.length);
        assert.equal(row.raw.slice(r.start, r.end), inRaw);
      }
      assert.equal(v.nfd.length, row.nfd ?? 0, 'decomposed clusters');
      assert.equal(v.zeroWidth.length, row.zeroWidth ?? 0, 'zero-width characters');
      assert.deepEqual(v.entities.map((e) => e.text), row.entities ?? []);
    });
  }

  it('maps empty ranges and the end of the text', () => {
    const raw = 'a\u200Bb'.normalize('NFD');
    const v = createView(raw);
    assert.deepEqual(v.toRaw(v.text.length, v.text.length), { start: raw.length, end: raw.length });
    assert.deepEqual(v.toRaw(0, 0), { start: 0, end: 0 });
  });

  it('decodes only whole, valid entities', () => {
    assert.equal(decodeEntity('&ocirc;'), 'ô');
    assert.equal(decodeEntity('&#273;'), 'đ');
    assert.equal(decodeEntity('&#xD800;'), undefined);
    assert.equal(decodeEntity('&ocirc'), undefined);
    assert.equal(decodeEntity('&nope;'), undefined);
  });
});

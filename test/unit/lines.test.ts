/**
 * Positions of offsets in a file that is not open (`core/text/lines.ts`): the index positions
 * every citation of a closed file with it, so the editor must land exactly where
 * `TextDocument.positionAt` (the open document's positions) would, whatever the line breaks.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/text/lines';

/** Offsets into the text, marked `|`, with the position each must have. */
const TABLE: readonly { readonly name: string; readonly text: string; readonly at: readonly (readonly [number, number])[] }[] = [
  { name: 'a line feed starts a line', text: 'ab\n|cd|', at: [[1, 0], [1, 2]] },
  { name: 'CRLF is one line break', text: 'Chỉ thị\r\n|43-CT/TW', at: [[1, 0]] },
  { name: 'a lone CR is a line break', text: 'a\r|b\r\r|c', at: [[1, 0], [3, 0]] },
  { name: 'between CR and LF is the end of the first line', text: 'ab\r|\ncd', at: [[0, 2]] },
  { name: 'the end of a text that ends with a break is the last, empty line', text: 'a\n|', at: [[1, 0]] },
  { name: 'accents count as UTF-16 units', text: 'Quyết định\n số |290', at: [[1, 4]] },
];

describe('line index', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const marks: number[] = [];
      let text = '';
      for (const ch of row.text) {
        if (ch === '|') marks.push(text.length);
        else text += ch;
      }
      const lines = new LineIndex(text);
      assert.deepEqual(marks.map((o) => lines.positionAt(o)), row.at.map(([line, character]) => ({ line, character })));
    });
  }

  it('gives TextDocument.positionAt for any text and offsets asked in any order', () => {
    const piece = fc.constantFrom('a', 'ế', '\n', '\r', '\r\n', ' ', '290-QĐ/TW');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.array(fc.integer({ min: -2, max: 200 }), { maxLength: 30 }), (text, offsets) => {
      const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
      const lines = new LineIndex(text);
      for (const o of offsets) assert.deepEqual(lines.positionAt(o), doc.positionAt(o), `offset ${o} of ${JSON.stringify(text)}`);
    }), { numRuns: 500 });
  });
});

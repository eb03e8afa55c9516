import * as assert from 'node:assert/strict';
import { semanticTokens } from '../../server/src/core/features/semanticTokens';
import { scan } from '../../server/src/core/scan/scanner';

/** Renders tokens as `type:text` for readable expectations. */
function tokens(text: string, superseded: number[] = []): string[] {
  return semanticTokens(scan(text), { isSuperseded: (i) => superseded.includes(i) }).map((t) => `${t.type}${t.deprecated ? '~' : ''}:${text.slice(t.range.start, t.range.end)}`);
}

describe('semantic tokens', () => {
  it('colour every part of a full citation', () => {
    assert.deepEqual(tokens('Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận.'), [
      'keyword:Nghị quyết', 'macro:25-NQ/TW', 'number:ngày 03/6/2013', 'namespace:Ban Chấp hành Trung ương Đảng', 'enumMember:khóa XI', 'string:về công tác dân vận',
    ]);
  });
  it('colour state symbols as classes and the number of a short mention', () => {
    assert.deepEqual(tokens('Nghị định 30/2020/NĐ-CP. Chỉ thị 43-CT/TW. Theo Chỉ thị 43, …'), [
      'keyword:Nghị định', 'class:30/2020/NĐ-CP', 'keyword:Chỉ thị', 'macro:43-CT/TW', 'keyword:Chỉ thị', 'macro:43',
    ]);
  });
  it('strike through superseded directives', () => {
    assert.deepEqual(tokens('Quyết định 290-QĐ/TW và Quyết định 23-QĐ/TW', [0]), ['keyword:Quyết định', 'macro~:290-QĐ/TW', 'keyword:Quyết định', 'macro:23-QĐ/TW']);
  });
});

import * as assert from 'node:assert/strict';
import { parseFixture } from '../support/fixture';

describe('fixture mini-language', () => {
  it('splits files and strips cursor and range markers', () => {
    const files = parseFixture('%! a.txt\nQuyết định {[290-QĐ/TW]}\n%! b/c.md\nChỉ thị 4{|}3\n');
    assert.deepEqual(files.map((f) => f.path), ['a.txt', 'b/c.md']);
    assert.equal(files[0]!.text, 'Quyết định 290-QĐ/TW\n');
    assert.deepEqual(files[0]!.ranges, [{ start: 11, end: 20 }]);
    assert.equal(files[1]!.text, 'Chỉ thị 43\n');
    assert.equal(files[1]!.cursor, 9);
  });
});

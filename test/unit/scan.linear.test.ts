/**
 * The scanner stays linear on texts that defeat a global pattern restarted at every position:
 * many `&` with no entity after them. Nothing here measures time; a quadratic scan of these inputs
 * takes minutes, far beyond the limit.
 */
import * as assert from 'node:assert/strict';
import { scan } from '../../server/src/core/scan/scanner';

describe('scanner on texts of many ampersands', function () {
  this.timeout(60_000);
  const SIZE = 5_000_000;
  const repeat = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
  const INPUTS: readonly [string, () => string][] = [
    ['5 MB of "&"', () => repeat('&')],
    ['5 MB of "&#" and letters', () => repeat('&#x&ab1 ')],
    ['5 MB of "&" with a citation at the end', () => `${repeat('&')} Quyết định số 290-QĐ/TW`],
  ];
  for (const [name, make] of INPUTS) {
    it(`completes on ${name}`, () => {
      const r = scan(make());
      assert.ok(Array.isArray(r.citations));
    });
  }

  it('still finds a citation after them', () => {
    const r = scan(`${'&'.repeat(100_000)} Quyết định số 290-QĐ/TW`);
    assert.deepEqual(r.citations.map((c) => c.symbol.key), ['290-QĐ/TW']);
  });
});

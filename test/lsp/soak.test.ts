/**
 * A bounded soak inside `npm test`: fifteen hundred random opens, edits, closes, saves and disk
 * changes on one server; its answers must then equal a fresh server's over the same files, and
 * its memory must not keep growing. `node scripts/soak.mjs --ops 20000` runs the long version.
 */
import * as assert from 'node:assert/strict';
import { runSoak } from './soak.harness';

describe('soak: one server through many random operations', function () {
  this.timeout(300000);

  it('answers like a fresh server afterwards, with flat memory', async () => {
    const r = await runSoak({ ops: 1500, seed: 20261122 });
    assert.deepEqual(r.mismatches, []);
    assert.ok(r.references > 100, `only ${r.references} references compared`);
    assert.ok(Object.keys(r.ops).length >= 6, `not every kind of operation ran: ${JSON.stringify(r.ops)}`);
    // Memory after the warm-up quarter may wobble with garbage collection, not double.
    const [first, ...rest] = r.rssMB;
    const last = rest[rest.length - 1] ?? first!;
    assert.ok(last < first! * 2 + 50, `server memory grew from ${first!.toFixed(0)} MB to ${last.toFixed(0)} MB`);
  });
});

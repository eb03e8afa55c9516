/**
 * The warm-up sample (`core/catalog/sample.ts`): the server scans and checks it while the editor
 * is idle so that a writer's first keystrokes run compiled code. It is only worth that if it goes
 * down the paths a real citation takes — full citations with every field, short mentions, the
 * report's own date — and says nothing wrong about the built-in catalog while it does.
 */
import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../server/src/core/catalog/builtin';
import { sampleReport } from '../../server/src/core/catalog/sample';
import { scanOrThrow } from '../../server/src/core/scan/scanner';

describe('warm-up sample', () => {
  const entries = builtinCatalog().entries.filter((e) => e.type);
  const text = sampleReport(builtinCatalog().entries);
  const result = scanOrThrow(text);

  it('cites every built-in directive that has a type word, with the fields the catalog gives', () => {
    // Each paragraph opens with its directive (a title may cite another: "… Chỉ thị số 35-CT/TW …").
    const full = result.citations.filter((c) => c.form === 'full' && c.typeWord && text.slice(c.typeWord.range.start - 11, c.typeWord.range.start) === '\nThực hiện ');
    assert.equal(full.length, entries.length);
    full.forEach((c, i) => {
      const e = entries[i]!;
      assert.equal(c.symbol.key, e.key.key, e.symbol);
      assert.equal(c.typeWord?.value, e.type, e.symbol);
      assert.equal(c.date?.value.iso, e.date, e.symbol);
      if (e.body) assert.equal(c.body?.text, e.body, e.symbol);
      // A title is read to the end of its clause: one with a semicolon in it is cut there.
      if (e.title) assert.ok(c.title && `về ${e.title}`.startsWith(c.title.value), e.symbol);
    });
  });

  it('mentions each one again by type word and number, linked to the citation before it', () => {
    const short = result.citations.filter((c) => c.form === 'short');
    assert.ok(short.length >= entries.length / 2, `${short.length} short mentions for ${entries.length} directives`);
  });

  it('is dated the day of the latest directive it cites, and raises no problem of the scanner', () => {
    const latest = entries.map((e) => e.date ?? '').sort().pop();
    assert.equal(result.documentDate?.value.iso, latest);
    const problems = [...result.problems, ...result.citations.flatMap((c) => c.problems)];
    assert.deepEqual(problems.map((p) => p.code), []);
  });

});

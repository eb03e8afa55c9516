/**
 * Fuzzing inside `npm test`, bounded: a few hundred random and mutated texts (seed articles with
 * NFD, lookalike characters, dashes, entities, line endings and random Unicode spliced in) through
 * the scanner and every core feature; see `fuzz.harness.ts` for the invariants and
 * `node scripts/fuzz.mjs --runs 100000` for the long run.
 */
import fc from 'fast-check';
import { checkText, fuzzCase, SEEDS } from './fuzz.harness';

describe('fuzz: scanner and features over random and mutated text', function () {
  this.timeout(120000);

  it('the seed articles themselves pass every invariant', () => {
    SEEDS.forEach((text, i) => checkText({ text, probes: [0, 0.25, 0.5, 0.75, 1], order: i }));
  });

  it('400 generated texts: nothing throws, ranges in bounds, fixes commute and keep the text well formed', () => {
    // A fixed seed keeps `npm test` reproducible; the long run picks a fresh one each time.
    fc.assert(fc.property(fuzzCase, (c) => { checkText(c); }), { numRuns: 400, seed: 20261122 });
  });
});

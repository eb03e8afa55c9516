/**
 * Property tests explore random inputs; CI must give the same answer on every run. Runs use a fixed
 * seed unless `FC_SEED` says otherwise (`FC_SEED=random` explores, `FC_SEED=<n>` replays a failure;
 * `node scripts/fuzz.mjs` runs far more cases).
 */
import fc from 'fast-check';

const env = process.env.FC_SEED;
const seed = env === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : env !== undefined && env !== '' ? Number(env) : 20261122;
fc.configureGlobal({ seed });
if (env !== undefined) console.log(`fast-check seed: ${seed}`);

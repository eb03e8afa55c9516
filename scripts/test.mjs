// Runs every test stage in order: lint, type-check + compile, bundle, unit, LSP integration,
// then end-to-end in a real VS Code. Stops at the first failing stage and prints a summary line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;

function run(name, cmd, args, { countMocha = false } = {}) {
  if (only.length && !only.includes(name)) return;
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: countMocha ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', shell: false });
  if (countMocha) {
    process.stdout.write(r.stdout ?? '');
    passed += Number(/(\d+) passing/.exec(r.stdout ?? '')?.[1] ?? 0);
    failed += Number(/(\d+) failing/.exec(r.stdout ?? '')?.[1] ?? 0);
  }
  console.log(`=== ${name}: exit ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    if (!countMocha || failed === 0) failed += 1;
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(r.status || 1);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
run('lint', bin('eslint'), ['client/src', 'server/src', 'test/unit', 'test/lsp']);
run('compile', bin('tsc'), ['-p', '.']);
run('build', process.execPath, ['esbuild.mjs']);
run('unit', bin('mocha'), ['--config', '.mocharc.unit.json'], { countMocha: true });
run('lsp', bin('mocha'), ['--config', '.mocharc.lsp.json'], { countMocha: true });
if (existsSync(path.join(root, 'test/e2e/run.sh'))) {
  run('e2e', 'bash', ['test/e2e/run.sh'], { countMocha: true });
}
console.log(`\n${passed} passed, ${failed} failed`);

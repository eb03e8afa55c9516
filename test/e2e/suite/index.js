// extensionTestsPath entry: VS Code calls run() inside the real extension host. Runs every
// *.test.js file of this folder with mocha's spec reporter (its "N passing" / "N failing" lines are
// what run.sh and scripts/test.mjs count).
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

/** Runs the *.test.js files of `dir` with mocha; rejects when any test fails. */
function runFolder(dir) {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}

exports.runFolder = runFolder;
exports.run = () => runFolder(__dirname);

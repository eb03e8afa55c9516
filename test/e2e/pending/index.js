// extensionTestsPath entry for the pending tests (not run by run.sh):
//   node test/e2e/lib/run-extension-tests.mjs --extension . --tests test/e2e/pending/index.js \
//     --folder <a copy of test/e2e/workspace> --locale vi
const { runFolder } = require('../suite/index');

exports.run = () => runFolder(__dirname);

// extensionTestsPath entry for the run with VS Code in English (run.sh starts it with --locale en).
const { runFolder } = require('../suite/index');

exports.run = () => runFolder(__dirname);

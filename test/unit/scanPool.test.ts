/**
 * Index worker threads: files come back read and scanned, and when the workers cannot run, every
 * file is handed back to be scanned on the main thread — none is lost.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { Interner } from '../../server/src/core/index/facts';
import { ScanPool, type ScannedFile } from '../../server/src/lsp/scanPool';
import { BACKGROUND_NICE } from '../../server/src/node/threads';

/** The nice value of each thread of this process, by thread id (Linux; empty elsewhere). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  if (process.platform !== 'linux') return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      // Fields after the command name: state is the 3rd field of the file, nice the 19th.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

const SERVER = path.resolve(__dirname, '../../../server/out/server.js');

describe('index worker threads', () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vanban-pool-'));
    files = [0, 1, 2, 3, 4].map((i) => {
      const f = path.join(dir, `${i}.txt`);
      writeFileSync(f, `Bài ${i}: thực hiện Chỉ thị số ${40 + i}-CT/TW của Ban Bí thư.\n`);
      return f;
    });
    writeFileSync(path.join(dir, 'nhi-phan.txt'), Buffer.from([0, 1, 2, 3]));
    files.push(path.join(dir, 'nhi-phan.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('read, scan and summarise every file, saying which could not be read', async function () {
    this.timeout(20000);
    const pool = new ScanPool(SERVER, 2);
    const got: ScannedFile[] = [];
    const rest = await pool.run(files, 5 * 1024 * 1024, new Interner(), (chunk) => got.push(...chunk), () => false);
    await pool.close();
    assert.deepEqual(rest, []);
    assert.deepEqual(got.map((f) => path.basename(f.file)).sort(), files.map((f) => path.basename(f)).sort());
    const keys = got.flatMap((f) => (f.ok ? f.facts.citations.map((c) => c.key) : [])).sort();
    assert.deepEqual(keys, ['40-CT/TW', '41-CT/TW', '42-CT/TW', '43-CT/TW', '44-CT/TW']);
    const binary = got.find((f) => !f.ok);
    assert.match(binary && !binary.ok ? binary.message : '', /binary file/);
  });

  it('scan at a lower priority than the thread that answers the editor (Linux), never lowering the process', async function () {
    this.timeout(20000);
    const own = getPriority();
    const before = [...threadNices().values()].filter((n) => n === BACKGROUND_NICE).length;
    const pool = new ScanPool(SERVER, 2);
    await pool.run(files, 5 * 1024 * 1024, new Interner(), () => {}, () => false);
    const nices = threadNices();
    await pool.close();
    assert.equal(getPriority(), own, 'the process keeps its priority');
    if (process.platform !== 'linux') return;
    assert.equal(nices.get(process.pid), own, 'the main thread keeps its priority');
    assert.equal([...nices.values()].filter((n) => n === BACKGROUND_NICE).length - before, 2, 'both workers run in the background');
  });

  it('hand every file back when the workers cannot run', async function () {
    this.timeout(20000);
    const pool = new ScanPool(path.join(dir, 'khong-co.js'), 2);
    const got: ScannedFile[] = [];
    const rest = await pool.run(files, 5 * 1024 * 1024, new Interner(), (chunk) => got.push(...chunk), () => false);
    await pool.close();
    assert.deepEqual(got, []);
    assert.deepEqual([...rest].sort(), [...files].sort());
  });
});

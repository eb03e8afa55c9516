/**
 * What the corpus says, counted as documents arrive (`lsp/catalogs.ts`): while documents only
 * arrive, the catalog takes that count instead of gathering the index after it — and it must be
 * exactly what a gather of the index counts, through any sequence of documents added, replaced
 * and removed, drafts and articles.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusAccumulator, type CorpusFacts } from '../../server/src/core/catalog';
import { summarize } from '../../server/src/core/index/rows';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { scan } from '../../server/src/core/scan/scanner';
import { CatalogStore } from '../../server/src/lsp/catalogs';

/** Texts that cite the same directives in different words, so that ties and majorities shift. */
const TEXTS = [
  'Thực hiện Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận.',
  'Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư.',
  'Theo Quyết định số 290-QĐ/TƯ, ngày 26/02/2010 của Ban Bí thư về công tác dân vận.',
  'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Chỉ thị 43-CT/TW.',
  'Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng.',
  'Không trích dẫn văn bản nào.',
];

/** What a gather of the index counts: every article, in the index's order, drafts left out. */
function gathered(index: WorkspaceIndex): CorpusFacts[] {
  const acc = new CorpusAccumulator();
  for (const uri of index.uris()) {
    const f = index.get(uri)!;
    if (!f.draft) acc.add(f.citations);
  }
  return acc.finish();
}

function facts(uri: string, text: number, draft: boolean) {
  return summarize(uri, scan(TEXTS[text]!), (o) => ({ line: 0, character: o }), undefined, { draft });
}

/** Documents put (from the cache, whose arrivals are not counted, or not), removed, and the first index completing. */
type Op = { kind: 'put'; doc: number; text: number; draft: boolean; fromCache?: boolean } | { kind: 'remove'; doc: number } | { kind: 'complete' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('put' as const), doc: fc.nat(7), text: fc.nat(TEXTS.length - 1), draft: fc.boolean(), fromCache: fc.boolean() }, { requiredKeys: ['kind', 'doc', 'text', 'draft'] }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'complete' as const }) },
);

function setUp() {
  const index = new WorkspaceIndex();
  let version = 0;
  let fromCache = false;
  const logs: string[] = [];
  const store = new CatalogStore(index, () => version, (m) => logs.push(m), () => {}, () => !fromCache);
  const apply = (o: Op) => {
    if (o.kind === 'complete') {
      store.indexComplete();
      return;
    }
    const uri = `file:///w/${o.doc}.txt`;
    fromCache = o.kind === 'put' && !!o.fromCache;
    if (o.kind === 'put') index.update(facts(uri, o.text, o.draft));
    else index.remove(uri);
    fromCache = false;
    version++;
  };
  return { index, store, logs, apply };
}

describe('what the corpus says, counted as documents arrive', () => {
  it('is what a gather of the index counts, through any adds, replacements, removals and cache loads', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 16 }), (ops) => {
      const { index, store, apply } = setUp();
      for (const o of ops) {
        apply(o);
        assert.deepEqual(store.corpus(), gathered(index));
      }
    }), { numRuns: 300 });
  });

  it('is taken without gathering while documents only arrive, and gathered once one is replaced', () => {
    const { index, store, logs, apply } = setUp();
    for (let d = 0; d < TEXTS.length; d++) apply({ kind: 'put', doc: d, text: d, draft: d === 1 });
    assert.deepEqual(store.corpus(), gathered(index));
    assert.deepEqual(logs.filter((m) => m.startsWith('[catalog] what')).map((m) => m.replace(/\d+ ms/, 'N ms')),
      ['[catalog] what 6 files say counted as they were indexed (summed up in N ms)']);
    // A draft edited into another draft changes nothing; an article replaced ends the counting.
    apply({ kind: 'put', doc: 1, text: 2, draft: true });
    apply({ kind: 'put', doc: 0, text: 4, draft: false });
    assert.deepEqual(store.corpus(), gathered(index));
    assert.equal(store.corpus().find((f) => f.key === '290-QĐ/TW')?.citations, 1);
    assert.equal(logs.filter((m) => /files say gathered/.test(m)).length, 0, 'the first count is said once');
  });

  it('is taken when the first index completes, and not counted after it', () => {
    const { index, store, logs, apply } = setUp();
    apply({ kind: 'put', doc: 0, text: 0, draft: false });
    apply({ kind: 'put', doc: 1, text: 1, draft: false });
    apply({ kind: 'complete' });
    assert.match(logs.join('\n'), /what 2 files say counted as they were indexed/);
    // A file created later is gathered with the others (nothing counts arrivals any more).
    apply({ kind: 'put', doc: 2, text: 2, draft: false });
    assert.deepEqual(store.corpus(), gathered(index));
  });

  it('is gathered when documents come from the cache (their arrivals are not counted)', () => {
    const { index, store, logs, apply } = setUp();
    apply({ kind: 'put', doc: 0, text: 0, draft: false });
    apply({ kind: 'put', doc: 1, text: 1, draft: false, fromCache: true });
    apply({ kind: 'complete' });
    assert.deepEqual(store.corpus(), gathered(index));
    assert.match(logs.join('\n'), /what 2 files say gathered in \d+ ms/);
  });
});

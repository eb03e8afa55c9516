/**
 * The workspace index keeps every directive's citations in document order (document date, URI,
 * position) whatever order files were indexed, changed or removed in: references, hovers and
 * code lenses read that order without sorting per request.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover, HOVER_LINKS } from '../../server/src/core/features/hover';
import { findReferences } from '../../server/src/core/features/references';
import type { CitationRecord } from '../../server/src/core/index/facts';
import { summarize } from '../../server/src/core/index/rows';
import { mostCommon, sameTitle, WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { scan } from '../../server/src/core/scan/scanner';

/** One article citing Chỉ thị 43-CT/TW `n` times (a full citation, then short mentions). */
function article(date: string | undefined, n: number): string {
  const head = date ? `Ngày đăng: ${date} 08:00\n\n` : '';
  const body = ['Thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư về công tác dân vận.'];
  for (let i = 1; i < n; i++) body.push(`Đoạn ${i}: tiếp tục quán triệt Chỉ thị 43 trong toàn Đảng bộ.`);
  return head + body.join('\n');
}

const docArb = fc.record({
  name: fc.stringMatching(/^[a-e]{1,3}$/),
  date: fc.option(fc.constantFrom('01/02/2020', '15/06/2020', '03/03/2021'), { nil: undefined }),
  n: fc.integer({ min: 1, max: 4 }),
});

function expectedOrder(records: CitationRecord[]): CitationRecord[] {
  return [...records].sort((a, b) => {
    const da = a.docDate ?? '9999';
    const db = b.docDate ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
    return a.offset - b.offset;
  });
}

describe('workspace index: document order', () => {
  it('citations, references and hover links follow (document date, URI, position) whatever the indexing order', () => {
    fc.assert(fc.property(fc.uniqueArray(docArb, { selector: (d) => d.name, minLength: 1, maxLength: 9 }), fc.array(fc.nat(), { maxLength: 4 }), (docs, removals) => {
      const index = new WorkspaceIndex();
      const live = new Map<string, CitationRecord[]>();
      for (const d of docs) {
        const uri = `file:///ws/${d.name}.txt`;
        const text = article(d.date, d.n);
        const doc = TextDocument.create(uri, 'plaintext', 1, text);
        const facts = summarize(uri, scan(text), (o) => doc.positionAt(o));
        index.update(facts);
        live.set(uri, [...facts.citations]);
      }
      for (const k of removals) {
        const uri = [...live.keys()][k % Math.max(1, live.size)];
        if (uri === undefined || live.size === 1) break;
        index.remove(uri);
        live.delete(uri);
      }
      const all = expectedOrder([...live.values()].flat());
      const id = index.idOf(all[0]!);
      assert.deepEqual(index.citationsOf(id), all);
      assert.equal(index.info(id)!.documents, live.size);
      const [first] = live.values();
      const refs = findReferences({ index }, first![0]!.uri, first![0]!.offset);
      assert.deepEqual(refs.map((l) => `${l.uri}@${l.range.start.line}`), all.map((r) => `${r.uri}@${r.range.start.line}`));
      const h = hover({ index, locale: 'en', displayName: (u) => u.replace('file:///ws/', '') }, first![0]!.uri, first![0]!.offset)!;
      const linked = [...h.markdown.matchAll(/\]\((file:[^#]+)#L/g)].map((m) => m[1]);
      const firstDocs = [...new Set(all.map((r) => r.uri))];
      assert.deepEqual(linked, firstDocs.slice(0, HOVER_LINKS));
      assert.equal(h.markdown.includes('… and '), firstDocs.length > HOVER_LINKS);
    }));
  });
});

describe('what the corpus says: mostCommon', () => {
  /** The definition: group by the folded value, count, show the most frequent spelling (ties: the smaller). */
  function naive(values: (string | undefined)[], sameAs: (v: string) => string) {
    const groups = new Map<string, string[]>();
    for (const v of values) if (v !== undefined) groups.set(sameAs(v), [...(groups.get(sameAs(v)) ?? []), v]);
    const out = [...groups.values()].map((vs) => {
      const counts = new Map<string, number>();
      for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      return { value: best, count: vs.length };
    });
    return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  it('counts variants by their folded form and names each by its most frequent spelling, whatever the order', () => {
    const title = fc.constantFrom('về công tác dân vận', 'Về công tác dân vận', '“về công tác dân vận”', 'về việc công tác dân vận', 'về xây dựng Đảng', undefined);
    fc.assert(fc.property(fc.array(title, { maxLength: 40 }), (values) => {
      assert.deepEqual(mostCommon(values, sameTitle), naive(values, sameTitle));
      assert.deepEqual(mostCommon([...values].reverse(), sameTitle), naive(values, sameTitle));
    }));
  });
});

describe('directive count', () => {
  it('one pass gives the count key-by-key identity gives: twins told apart, undated citations by their document', () => {
    const texts = fc.array(fc.record({
      // Twins, and enough other keys (more than 16) for the index to settle them in one pass.
      sym: fc.oneof({ arbitrary: fc.constantFrom('18-NQ/TW', '35-CT/TW', '05/2020/QĐ-UBND'), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 200 }).map((n) => `${n}-CT/TW`), weight: 4 }),
      date: fc.option(fc.constantFrom('ngày 25/10/2017', 'ngày 16/6/2022', 'ngày 3/3/2020'), { nil: undefined }),
      docDate: fc.option(fc.constantFrom('01/02/2018', '15/06/2023'), { nil: undefined }),
    }), { minLength: 30, maxLength: 60 });
    fc.assert(fc.property(texts, (cites) => {
      const fill = (index: WorkspaceIndex) => cites.forEach((c, i) => {
        const uri = `file:///ws/${i}.txt`;
        const text = `${c.docDate ? `Ngày đăng: ${c.docDate} 08:00\n` : ''}Thực hiện Nghị quyết số ${c.sym}${c.date ? ` ${c.date}` : ''} của Bộ Chính trị.`;
        const doc = TextDocument.create(uri, 'plaintext', 1, text);
        index.update(summarize(uri, scan(text), (o) => doc.positionAt(o)));
      });
      const a = new WorkspaceIndex();
      fill(a);
      const b = new WorkspaceIndex();
      fill(b);
      let keyByKey = 0;
      for (const key of b.keys()) keyByKey += b.idsOfKey(key).length;
      assert.equal(a.directiveCount(), keyByKey);
      assert.deepEqual([...a.ids()].sort(), [...b.ids()].sort());
      // Counted together (one pass over the documents) or one by one, the corpus says the same.
      assert.ok([...a.keys()].length > 16, 'enough keys for the one-pass count');
      assert.deepEqual(a.infos(), [...b.ids()].map((id) => b.info(id)));
    }));
  });

  it('counted in steps after the index, the corpus says what it says when asked; a change meanwhile stops the count, and nothing stale is kept', () => {
    const fill = (index: WorkspaceIndex, n: number) => {
      for (let i = 0; i < n; i++) {
        const uri = `file:///ws/${i}.txt`;
        const text = `Ngày đăng: 0${1 + (i % 9)}/02/2020 08:00\nThực hiện Chỉ thị số ${i % 40}-CT/TW ngày 3/3/2019 của Ban Bí thư và Chỉ thị số 43-CT/TW.`;
        index.update(summarize(uri, scan(text), (o) => ({ line: 0, character: o })));
      }
    };
    const stepped = new WorkspaceIndex();
    fill(stepped, 200);
    const steps = stepped.countAll();
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    assert.equal(r.value, true);
    assert.ok(n > 40, `it yields between documents and directives (${n} steps)`);
    const asked = new WorkspaceIndex();
    fill(asked, 200);
    assert.deepEqual(stepped.infos(), [...asked.ids()].map((id) => asked.info(id)));

    // A document that changes what it cites while the count runs: the count stops, and the changed
    // directive says what the index now holds.
    const interrupted = new WorkspaceIndex();
    fill(interrupted, 200);
    const again = interrupted.countAll();
    for (let i = 0; i < 3; i++) again.next();
    const text = 'Thực hiện Chỉ thị số 43-CT/TW ngày 14/5/2015 của Bộ Chính trị.';
    interrupted.update(summarize('file:///ws/new.txt', scan(text), (o) => ({ line: 0, character: o })));
    let last = again.next();
    while (!last.done) last = again.next();
    assert.equal(last.value, false);
    const fresh = new WorkspaceIndex();
    fill(fresh, 200);
    fresh.update(summarize('file:///ws/new.txt', scan(text), (o) => ({ line: 0, character: o })));
    assert.equal(interrupted.info('43-CT/TW')?.documents, 201);
    assert.deepEqual(interrupted.infos(), fresh.infos());
  });
});

describe('deferred recounts (the first index)', () => {
  it('a changed directive keeps its last count for the delay, then is recounted; turning it off recounts at once', () => {
    let now = 1000;
    const index = new WorkspaceIndex(() => now);
    const add = (name: string) => {
      const uri = `file:///ws/${name}.txt`;
      const text = article('01/02/2020', 1);
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      index.update(summarize(uri, scan(text), (o) => doc.positionAt(o)));
      return index.get(uri)!.citations[0]!;
    };
    const r = add('a');
    add('b');
    const id = index.idOf(r);
    assert.equal(index.info(id)!.documents, 2);
    index.deferRecounts(1000);
    add('c');
    now += 999;
    assert.equal(index.info(id)!.documents, 2, 'the last count, within the delay');
    now += 1;
    assert.equal(index.info(id)!.documents, 3, 'recounted once the delay is over');
    add('d');
    assert.equal(index.info(id)!.documents, 3);
    index.remove('file:///ws/a.txt');
    index.deferRecounts(0);
    assert.equal(index.info(id)!.documents, 3, 'no delay once the index is complete');
    add('e');
    assert.equal(index.info(id)!.documents, 4);
  });

  it('a directive that gets a twin keeps its last count for the delay, then is recounted; turning it off recounts at once', () => {
    let now = 1000;
    const index = new WorkspaceIndex(() => now);
    const put = (name: string, date: string) => {
      const uri = `file:///ws/${name}.txt`;
      const text = `Thực hiện Nghị quyết số 18-NQ/TW ngày ${date} của Ban Chấp hành Trung ương.`;
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      index.update(summarize(uri, scan(text), (o) => doc.positionAt(o)));
      return index.get(uri)!.citations[0]!;
    };
    const r = put('a', '25/10/2017');
    put('b', '25/10/2017');
    assert.equal(index.info(index.idOf(r))!.documents, 2);
    index.deferRecounts(1000);
    // Khóa XIII's 18-NQ/TW: the key names two directives now, which only a count tells apart.
    put('c', '16/6/2022');
    now += 999;
    assert.equal(index.info('18-NQ/TW')!.documents, 2, 'the last count, within the delay');
    now += 1;
    assert.equal(index.info('18-NQ/TW')!.documents, 3, 'recounted once the delay is over (one directive until the index is complete)');
    index.deferRecounts(0);
    assert.equal(index.info(index.idOf(r))!.documents, 2, 'twins told apart once the index is complete');
    put('d', '25/10/2017');
    assert.equal(index.info(index.idOf(r))!.documents, 3, 'no delay once the index is complete');
  });

  it('kept up to date through any edits, a directive says what counting it afresh says', () => {
    // Documents citing a few keys (one with twins by term) in every form, with and without their
    // own date, drafts or not; then edits that change, add and remove what they cite.
    const cite = fc.record({
      sym: fc.constantFrom('43-CT/TW', '18-NQ/TW', '05/2020/QĐ-UBND', '25-NQ/TW'),
      date: fc.option(fc.constantFrom('ngày 25/10/2017', 'ngày 16/6/2022', 'ngày 3/3/2020'), { nil: undefined }),
      body: fc.constantFrom('', ' của Bộ Chính trị', ' của Ban Bí thư'),
      title: fc.constantFrom('', ' về công tác dân vận', ' về xây dựng Đảng'),
      short: fc.boolean(),
    });
    const docArb = fc.record({
      name: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      docDate: fc.option(fc.constantFrom('01/02/2018', '15/06/2023', '03/03/2021'), { nil: undefined }),
      draft: fc.boolean(),
      cites: fc.array(cite, { maxLength: 4 }),
    });
    const op = fc.oneof({ arbitrary: docArb.map((d) => ({ put: d })), weight: 4 }, { arbitrary: fc.constantFrom('a', 'b', 'c').map((name) => ({ remove: name })), weight: 1 });
    const facts = (d: { name: string; docDate: string | undefined; draft: boolean; cites: { sym: string; date: string | undefined; body: string; title: string; short: boolean }[] }) => {
      const uri = d.draft ? `file:///ws/du-thao/${d.name}.md` : `file:///ws/${d.name}.txt`;
      const lines = d.cites.map((c) => `Thực hiện Nghị quyết số ${c.sym}${c.date ? ` ${c.date}` : ''}${c.body}${c.title}.${c.short ? ` Nghị quyết ${c.sym.split(/[-/]/u)[0]} nêu rõ.` : ''}`);
      const text = `${d.docDate ? `Ngày đăng: ${d.docDate} 08:00\n` : ''}${lines.join('\n')}`;
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      return summarize(uri, scan(text), (o) => doc.positionAt(o), undefined, { draft: d.draft });
    };
    // The first `deferred` edits come with recounts deferred, as during a first index, where a key
    // may be taken for one directive for a while.
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 14 }), fc.nat({ max: 14 }), (ops, asks, deferred) => {
      const live = new WorkspaceIndex(() => 0);
      if (deferred > 0) live.deferRecounts(1000);
      const docs = new Map<string, ReturnType<typeof facts>>();
      ops.forEach((o, i) => {
        if (i === deferred) live.deferRecounts(0);
        if ('put' in o) {
          const f = facts(o.put);
          for (const uri of [`file:///ws/${o.put.name}.txt`, `file:///ws/du-thao/${o.put.name}.md`]) if (uri !== f.uri && docs.delete(uri)) live.remove(uri);
          docs.set(f.uri, f);
          live.update(f);
        } else {
          for (const uri of [`file:///ws/${o.remove}.txt`, `file:///ws/du-thao/${o.remove}.md`]) if (docs.delete(uri)) live.remove(uri);
        }
        // Some directives are asked about between edits: those are the ones kept up to date.
        const ids = [...live.ids()];
        if (ids.length && asks[i] !== undefined) live.info(ids[asks[i]! % ids.length]!);
      });
      live.deferRecounts(0);
      const fresh = new WorkspaceIndex();
      for (const f of docs.values()) fresh.update(f);
      assert.deepEqual([...live.ids()].sort(), [...fresh.ids()].sort());
      for (const id of fresh.ids()) {
        assert.deepEqual(live.info(id), fresh.info(id), id);
        assert.equal(live.countOfKey(id.split('#')[0]!), fresh.countOfKey(id.split('#')[0]!));
      }
    }), { numRuns: 300 });
  });

  it('twins that arrive while recounts are deferred are told apart once the index is complete', () => {
    const index = new WorkspaceIndex(() => 0);
    const put = (name: string, text: string) => {
      const uri = `file:///ws/${name}.txt`;
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      index.update(summarize(uri, scan(text), (o) => doc.positionAt(o)));
      return index.get(uri)!.citations[0]!;
    };
    const old = put('2018', 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.');
    assert.deepEqual(index.idsOfKey(old.key), ['18-NQ/TW']);
    index.deferRecounts(1000);
    put('2023', 'Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.');
    assert.deepEqual(index.idsOfKey(old.key), ['18-NQ/TW'], 'one directive until the index is complete');
    index.deferRecounts(0);
    assert.equal(index.idsOfKey(old.key).length, 2, index.idsOfKey(old.key).join(', '));
    assert.notEqual(index.idOf(old), old.key);
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { appendEntryEdit } from '../../server/src/core/catalog/append';
import { BUILTIN_CATALOG_YAML, builtinCatalog } from '../../server/src/core/catalog/builtin';
import { ENTRY_FIELDS, RELATION_FIELDS } from '../../server/src/core/catalog/fields';
import { catalogCompletions, catalogHover, definitionRange, relationAt } from '../../server/src/core/catalog/fileFeatures';
import { parseCatalog } from '../../server/src/core/catalog/parse';
import type { CatalogFormat } from '../../server/src/core/catalog/types';
import { problemMessage } from '../../server/src/core/messages';
import type { TextEdit } from '../../server/src/core/scan/types';
import { parseFixture, parseOne } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/catalog');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/vanban.catalog.schema.json'), 'utf8')) as object;

function formatOf(name: string): CatalogFormat {
  return name.endsWith('.json') ? 'json' : 'yaml';
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start)
    .reduce((s, e) => s.slice(0, e.range.start) + e.newText + s.slice(e.range.end), text);
}

describe('catalog files with errors', () => {
  const expectations = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expectations.json'), 'utf8')) as
    Record<string, { problems: string[]; entries: string[] }>;
  for (const [name, expected] of Object.entries(expectations)) {
    describe(name, () => {
      const [file] = parseFixture(`%! ${name}\n${fs.readFileSync(path.join(FIXTURES, name), 'utf8')}`);
      const parsed = parseCatalog(file!.text, formatOf(name), `file:///w/${name}`);
      const problems = [...parsed.problems].sort((a, b) => a.range.start - b.range.start);

      it('reports each problem at the marked range, with its code', () => {
        const got = problems.map((p) => `${p.code} ${JSON.stringify(file!.text.slice(p.range.start, p.range.end))}`);
        const want = file!.ranges.map((r, i) => `${expected.problems[i]} ${JSON.stringify(file!.text.slice(r.start, r.end))}`);
        assert.deepEqual(got, want);
      });

      it('still loads every entry that is not broken', () => {
        assert.deepEqual(parsed.entries.map((e) => e.symbol + (e.date ? `@${e.date}` : '')), expected.entries);
      });

      it('has a message in both languages for every problem', () => {
        for (const p of problems) {
          for (const locale of ['vi', 'en'] as const) {
            const m = problemMessage(p, locale);
            assert.notEqual(m, p.code);
            assert.doesNotMatch(m, /\{\w+\}/, `${p.code}: ${m}`);
          }
        }
      });
    });
  }

  it('offers fixes that change only the marked text: canonical symbol, renamed field', () => {
    const f = parseOne('directives:\n  - symbol: {[290-QD/TW]}\n    {[titel]}: x\n');
    const parsed = parseCatalog(f.text, 'yaml', 'file:///w/c.yaml');
    const fixed = parsed.problems.map((p) => {
      const fix = p.fixes[0]!;
      assert.ok(fix.edits.every((e) => f.ranges.some((r) => r.start === e.range.start && r.end === e.range.end)));
      return apply(f.text, fix.edits);
    });
    assert.deepEqual(fixed, [
      'directives:\n  - symbol: 290-QĐ/TW\n    titel: x\n',
      'directives:\n  - symbol: 290-QD/TW\n    title: x\n',
    ]);
  });

  it('accepts a top-level list of entries and records where each field is', () => {
    const f = parseOne('- symbol: {[43-CT/TW]}\n  date: 2015-05-14\n  relations:\n    - { kind: guides, symbol: {[25-NQ/TW]} }\n');
    const parsed = parseCatalog(f.text, 'yaml', 'file:///w/c.yaml');
    assert.deepEqual(parsed.problems, []);
    const e = parsed.entries[0]!;
    assert.deepEqual(definitionRange(e), f.ranges[0]);
    assert.equal(relationAt(parsed, f.ranges[1]!.start + 2)?.symbol, '25-NQ/TW');
    assert.equal(relationAt(parsed, f.ranges[0]!.start), undefined);
  });
});

describe('the built-in catalog', () => {
  const parsed = builtinCatalog();

  it('loads with zero problems', () => {
    assert.deepEqual(parsed.problems.map((p) => `${p.code} ${JSON.stringify(p.args)}`), []);
  });

  it('gives every entry a source and a confidence', () => {
    const missing = parsed.entries.filter((e) => !e.source || !e.confidence).map((e) => e.symbol);
    assert.deepEqual(missing, []);
    assert.ok(parsed.entries.length >= 30, `${parsed.entries.length} entries`);
  });

  it('starts from domain.md §4 and §6: every replacement and every seed directive is there', () => {
    const keys = new Set(parsed.entries.map((e) => e.key.key));
    for (const k of ['290-QĐ/TW', '23-QĐ/TW', '25-NQ/TW', '120-KL/TW', '43-CT/TW', '292-TB/TW', '217-QĐ/TW', '218-QĐ/TW',
      '461-QĐ/TU', '21-CT/TU', '31-QĐ/TW', '91-QĐ/TW', '66-QĐ/TW', '223-QĐ/TW', '399-QĐ/TW', '36-HD/VPTW', '5-HD/VPTW',
      '124-QĐ/TW', '366-QĐ/TW', '1-HD/TW', '6-HD/TW', '35-CT/TW', '118-KL/TW', '45-CT/TW', '269-QĐ/TW', '379-QĐ/TW',
      '270-QĐ/TW', '383-QĐ/TW', '18-NQ/TW']) {
      assert.ok(keys.has(k), k);
    }
  });

  it('is valid against the JSON schema when written as JSON', () => {
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
    const ok = validate(parseYaml(BUILTIN_CATALOG_YAML));
    assert.ok(ok, JSON.stringify(validate.errors));
  });
});

describe('the JSON schema', () => {
  const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
  const cases: [string, unknown, boolean][] = [
    ['an entry with every field', { directives: [{ symbol: '290-QĐ/TW', type: 'Quyết định', number: 290, issuer: 'TW', body: 'Bộ Chính trị', date: '2010-02-25', term: 'X', title: 'x', status: 'superseded', statusDate: '2021-07-30', relations: [{ kind: 'replacedBy', symbol: '23-QĐ/TW', date: '2021-07-30', note: 'x' }], source: 's', confidence: 'sourced', aliases: ['a'], notes: 'n' }] }, true],
    ['a top-level list', [{ symbol: '43-CT/TW' }], true],
    ['an unknown field', { directives: [{ symbol: '43-CT/TW', titel: 'x' }] }, false],
    ['a bad status', { directives: [{ symbol: '43-CT/TW', status: 'valid' }] }, false],
    ['a date written d/m/yyyy', { directives: [{ symbol: '43-CT/TW', date: '14/5/2015' }] }, false],
    ['a relation without symbol', { directives: [{ symbol: '43-CT/TW', relations: [{ kind: 'replaces' }] }] }, false],
    ['an entry without symbol', { directives: [{ date: '2015-05-14' }] }, false],
  ];
  for (const [name, value, valid] of cases) {
    it(`${valid ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(validate(value), valid));
  }

  it('describes exactly the fields the parser knows', () => {
    const defs = (SCHEMA as { definitions: Record<string, { properties: Record<string, unknown> }> }).definitions;
    assert.deepEqual(Object.keys(defs['entry']!.properties).sort(), ENTRY_FIELDS.map((f) => f.name).sort());
    assert.deepEqual(Object.keys(defs['relation']!.properties).sort(), RELATION_FIELDS.map((f) => f.name).sort());
  });
});

describe('appending an entry to a catalog file', () => {
  const draft = { symbol: '34-NQ/TW', type: 'Nghị quyết', date: '2021-01-01', confidence: 'believed' as const };
  const cases: [string, CatalogFormat, string][] = [
    ['an empty YAML file', 'yaml', ''],
    ['a YAML file with entries', 'yaml', 'directives:\n  - symbol: 43-CT/TW\n    date: 2015-05-14\n'],
    ['a YAML file without a final newline', 'yaml', 'directives:\n    - symbol: 43-CT/TW'],
    ['a top-level YAML list', 'yaml', '- symbol: 43-CT/TW\n'],
    ['an empty JSON file', 'json', ''],
    ['a JSON file with entries', 'json', '{\n  "directives": [\n    { "symbol": "43-CT/TW" }\n  ]\n}\n'],
    ['a JSON file with an empty list', 'json', '{ "directives": [] }\n'],
  ];
  for (const [name, format, text] of cases) {
    it(`keeps ${name} valid and adds the entry last`, () => {
      const edit = appendEntryEdit(text, format, draft);
      const after = apply(text, [edit]);
      const parsed = parseCatalog(after, format, 'file:///w/c');
      assert.deepEqual(parsed.problems, []);
      const last = parsed.entries[parsed.entries.length - 1]!;
      assert.equal(last.symbol, '34-NQ/TW');
      assert.equal(last.date, '2021-01-01');
      assert.equal(parsed.entries.length, parseCatalog(text, format, 'file:///w/c').entries.length + 1);
      // Appending never rewrites what is there: on an existing file the edit is a pure insertion.
      if (text !== '') assert.equal(edit.range.start, edit.range.end);
    });
  }
});

describe('completion and hover in a catalog file', () => {
  const cases: [string, CatalogFormat, string, string, string[]][] = [
    ['a new key of an entry', 'yaml', 'directives:\n  - symbol: 43-CT/TW\n    date: 2015-05-14\n    ti{|}\n', 'entry', ['title']],
    ['a new key of a relation', 'yaml', 'directives:\n  - symbol: 43-CT/TW\n    relations:\n      - kind: guides\n        {|}\n', 'relation', ['symbol', 'date', 'note']],
    ['a key inside a flow relation', 'yaml', 'directives:\n  - symbol: 43-CT/TW\n    relations:\n      - { kind: guides, {|} }\n', 'relation', ['symbol', 'date', 'note']],
    ['a top-level key', 'yaml', '{|}\n', 'top', ['directives', 'version', '$schema']],
    ['a key of a JSON entry', 'json', '{ "directives": [ { "symbol": "43-CT/TW", "{|}" } ] }', 'entry', []],
    ['a key of a JSON relation', 'json', '{ "directives": [ { "symbol": "43-CT/TW", "relations": [ { "kind": "guides", "{|}" } ] } ] }', 'relation', ['symbol', 'date', 'note']],
  ];
  for (const [name, format, src, context, some] of cases) {
    it(`offers the fields of ${name}`, () => {
      const f = parseOne(src);
      const c = catalogCompletions(f.text, format, f.cursor!);
      assert.equal(c.context, context);
      const names = c.fields.map((x) => x.name);
      for (const n of some) assert.ok(names.includes(n), `${n} in ${names.join(',')}`);
      if (context === 'entry') {
        assert.ok(!names.includes('symbol'), 'symbol is already there');
        assert.ok(names.includes('body'));
      }
    });
  }

  it('describes a field name under the cursor, in both languages', () => {
    const f = parseOne('directives:\n  - symbol: 43-CT/TW\n    {[conf{|}idence]}: sourced\n');
    const h = catalogHover(f.text, 'yaml', f.cursor!);
    assert.equal(h?.field.name, 'confidence');
    assert.deepEqual(h?.range, f.ranges[0]);
    assert.match(h!.field.vi, /tin cậy/);
    assert.match(h!.field.en, /onfidence/);
    assert.equal(catalogHover(f.text, 'yaml', f.text.indexOf('sourced') + 2), undefined);
  });
});

describe('parsing any text', () => {
  // Pieces of catalog syntax, so that random texts look like damaged catalogs, not noise.
  const piece = fc.constantFrom('directives:', '\n', '  - ', 'symbol: ', '290-QĐ/TW', '"', '{', '}', '[', ']', ',', ': ',
    'date: ', '2010-02-30', 'relations:', 'kind: replacedBy', '    ', '#', 'x', 'Đ', '\u0301', 'titel: ', '- { kind: guides, symbol: 25-NQ/TW }');
  const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

  for (const format of ['yaml', 'json'] as const) {
    it(`never throws and keeps every range inside the ${format} text`, () => {
      fc.assert(fc.property(fc.oneof(text, fc.string()), (t) => {
        const parsed = parseCatalog(t, format, 'file:///w/c');
        const inside = (r: { start: number; end: number }): boolean => r.start >= 0 && r.start <= r.end && r.end <= t.length;
        for (const p of parsed.problems) assert.ok(inside(p.range), `${p.code} ${JSON.stringify(p.range)} in ${t.length}`);
        for (const e of parsed.entries) {
          assert.ok(inside(e.ranges!.entry));
          for (const r of Object.values(e.ranges!.values)) assert.ok(inside(r!));
        }
      }), { numRuns: 300 });
    });
  }
});

/**
 * The real-text regression corpus (issues 14 and 15): passages written after the forms real
 * articles use (test/fixtures/references/*.yaml), each with every citation the scanner must
 * find in it, in text order, and exactly what it must attach. One YAML row is one passage:
 *
 *   - id: bcd-cong-van
 *     text: Thực hiện Công văn số 59-CV/BCĐ ngày 12/4/2023 của Ban Chỉ đạo …
 *     cites:
 *       - { raw: 59-CV/BCĐ, key: 59-CV/BCĐ, kind: party, class: party-body, date: 2023-04-12, body: Ban Chỉ đạo }
 *       - { short: Công văn 59, refers: 0 }
 *
 * For a full citation `raw` (the symbol as written) and `key` are required; `kind` defaults to
 * `party`, `class` is checked when given; `typeWord`, `date` (ISO, or `invalid`), `body`, `term`
 * and `title` must be exactly as given and absent when not given; `problems` lists the codes of
 * the scanner's problems on it (none when not given). A short mention gives its text and the
 * index (in `cites`) of the citation it refers to. A passage with `cites: []` is a look-alike:
 * nothing may be found in it.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { scan } from '../../server/src/core/scan/scanner';
import type { Citation } from '../../server/src/core/scan/types';

const DIR = path.resolve(__dirname, '../../../test/fixtures/references');

interface ExpectedFull {
  readonly raw: string;
  readonly key: string;
  readonly kind?: string;
  readonly class?: string;
  readonly typeWord?: string;
  readonly date?: string;
  readonly body?: string;
  readonly term?: string;
  readonly title?: string;
  readonly problems?: readonly string[];
}

interface ExpectedShort {
  readonly short: string;
  readonly refers: number;
}

interface Passage {
  readonly id: string;
  readonly text: string;
  readonly cites: readonly (ExpectedFull | ExpectedShort)[];
}

/** Every passage of every table, with the file it comes from. */
export function loadPassages(): { file: string; passage: Passage }[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort().flatMap((file) => {
    const rows = parse(readFileSync(path.join(DIR, file), 'utf8')) as Passage[];
    return rows.map((passage) => ({ file, passage }));
  });
}

/** What a citation is, in the vocabulary of the tables, with only the fields it has. */
function actual(c: Citation, all: readonly Citation[]): Record<string, unknown> {
  if (c.form === 'short') return { short: c.raw, refers: c.refersTo === undefined ? undefined : all.indexOf(all[c.refersTo]!) };
  const out: Record<string, unknown> = { raw: c.raw, key: c.symbol.key, kind: c.symbol.kind };
  if (c.typeWord) out['typeWord'] = c.typeWord.value;
  if (c.date) out['date'] = c.date.value.iso ?? 'invalid';
  if (c.body) out['body'] = c.body.text.replace(/\s+/gu, ' ');
  if (c.term) out['term'] = c.term.value;
  if (c.title) out['title'] = c.title.text.replace(/\s+/gu, ' ');
  out['problems'] = c.problems.map((p) => p.code).sort();
  return out;
}

/** The expected row in the same shape, with the defaults filled in; `class` is compared apart. */
function expected(e: ExpectedFull | ExpectedShort, got: Citation | undefined): Record<string, unknown> {
  if ('short' in e) return { short: e.short, refers: e.refers };
  const out: Record<string, unknown> = { raw: e.raw, key: e.key, kind: e.kind ?? 'party' };
  // The type word is checked only when the row names it: most rows are about the symbol and its fields.
  if (e.typeWord !== undefined) out['typeWord'] = e.typeWord;
  else if (got?.typeWord) out['typeWord'] = got.typeWord.value;
  if (e.date !== undefined) out['date'] = e.date;
  if (e.body !== undefined) out['body'] = e.body;
  if (e.term !== undefined) out['term'] = e.term;
  if (e.title !== undefined) out['title'] = e.title;
  out['problems'] = [...(e.problems ?? [])].sort();
  return out;
}

/** One line per citation, fields in a fixed order: what a reader compares (after marksman's `diagToHuman`). */
function human(row: Record<string, unknown>): string {
  return Object.entries(row).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
}

describe('real-text regression corpus (test/fixtures/references)', () => {
  const all = loadPassages();

  it('has the passages the issues ask for: 150 with symbols of every form, look-alikes among them', () => {
    const withCitations = all.filter((p) => p.passage.cites.length > 0).length;
    const lookalikes = all.length - withCitations;
    assert.ok(all.length >= 150, `${all.length} passages`);
    assert.ok(lookalikes >= 20, `${lookalikes} look-alike passages`);
    assert.equal(new Set(all.map((p) => p.passage.id)).size, all.length, 'passage ids are unique');
  });

  for (const { file, passage } of all) {
    it(`${file} ${passage.id}`, () => {
      const result = scan(passage.text);
      const got = result.citations.map((c) => human(actual(c, result.citations)));
      const want = passage.cites.map((e, i) => human(expected(e, result.citations[i])));
      assert.deepEqual(got, want);
      passage.cites.forEach((e, i) => {
        if ('class' in e && e.class !== undefined) assert.equal(result.citations[i]!.symbol.issuerClass, e.class, `class of ${e.raw}`);
      });
    });
  }
});

/**
 * Properties of the scanner over generated text: random Unicode, Vietnamese citation fragments,
 * their decomposed (NFD) forms and mixtures of both. The scanner must never throw, keep every
 * range inside the text, scan each paragraph independently, see through NFD, and finish on
 * pathological inputs.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, scanOrThrow } from '../../server/src/core/scan/scanner';
import type { OffsetRange, ScanResult, TextEdit } from '../../server/src/core/scan/types';

/** Pieces of real citations and of the text around them, including every known variant. */
const FRAGMENTS = [
  'Quyết định', 'quyết định', 'Quyết Ðịnh', 'Chỉ thị', 'Nghị quyết', 'Thông báo kết luận', 'Quy định', 'Kết luận', 'Nghị định',
  'Luật', 'Công văn', 'Hướng dẫn', 'số', 'số:', ' ', ' ', ' ', '  ', '\u00A0', ',', ', ', '.', ';', ':', '(', ')', '“', '”', '"',
  '\n', '\n\n', '\r\n', '290', '43', '05', '5', '18', '2010', '25/02/2010', '25-2-2010', '1.2.2020', '31/02/2020', '2021-2026',
  '-', ' - ', '–', '—', '‐', '−', '/', 'QĐ', 'QD', 'QÐ', 'QĐi', 'NQ', 'CT', 'KL', 'TB', 'HD', 'CV', 'NĐ', 'TTg', 'CP', 'QH15',
  'TW', 'TƯ', 'TU', 'BTCTW', 'BTGTW', 'VPTW', 'UBND', 'VP', '/nb', 'ngày', 'ngày 14 tháng 5 năm 2015', 'tháng', 'năm',
  'của', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'BCH T.Ư', 'Ban Thường vụ Tỉnh ủy', '(khóa XI)', 'khóa',
  'về', 'Về việc', 'ban hành', 'và', 'Covid-19', 'KT-XH', '27 xã/6 huyện', '1.452/1.452', '95,5%', '10:14', '0912-345-678',
  '33/2018/HS-ST', '30/2020/NĐ-CP', '1234/QĐ-TTg', '290-QĐ/TW', '92CT/TW', '51/NQ-TW', '824-QĐ/TTg', '06-HD/BTCTW-BTGTW',
  '919-CV/VPTW/nb', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '&ocirc;', '&#273;', '&amp;', '&', '&#', '&#x110;',
  '\u0301', '\u0323', '\u0302', 'e\u0302\u0301', 'Ngày đăng: 13/01/2022 18:05', 'Thứ hai - 13/07/2015 10:14', '---\ndate: 2020-01-01\n---\n',
];

const fragments = fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 40 });
/** Text: random code points, Vietnamese fragments, their NFD form, or a mixture. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fragments,
  fragments.map((s) => s.normalize('NFD')),
  fc.string({ unit: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })), maxLength: 40 }),
);

/** Every range the result holds, with where it comes from. */
function ranges(r: ScanResult): [string, OffsetRange][] {
  const out: [string, OffsetRange][] = [];
  const problems = (where: string, ps: ScanResult['problems']) => {
    for (const p of ps) {
      out.push([`${where} problem ${p.code}`, p.range]);
      for (const f of p.fixes) for (const e of f.edits) out.push([`${where} fix ${f.kind}`, e.range]);
    }
  };
  r.citations.forEach((c, i) => {
    out.push([`citation ${i}`, c.range], [`span ${i}`, c.span]);
    if (c.so) out.push([`so ${i}`, c.so]);
    for (const [name, p] of [['typeWord', c.typeWord], ['date', c.date], ['body', c.body], ['term', c.term], ['title', c.title]] as const) {
      if (p) out.push([`${name} ${i}`, p.range]);
    }
    problems(`citation ${i}`, c.problems);
  });
  problems('document', r.problems);
  if (r.documentDate) out.push(['documentDate', r.documentDate.range]);
  return out;
}

function fullKeys(r: ScanResult, shift = 0): { key: string; start: number; end: number }[] {
  return r.citations.filter((c) => c.form === 'full').map((c) => ({ key: c.symbol.key, start: c.range.start + shift, end: c.range.end + shift }));
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

describe('scanner properties', () => {
  it('never throws, and every range lies within the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const r = scanOrThrow(text);
      for (const [where, range] of ranges(r)) {
        assert.ok(0 <= range.start && range.start <= range.end && range.end <= text.length, `${where}: ${JSON.stringify(range)} in ${text.length}`);
      }
      for (const c of r.citations) {
        assert.equal(c.raw, text.slice(c.range.start, c.range.end));
        assert.ok(c.span.start <= c.range.start && c.range.end <= c.span.end, 'the span holds the symbol');
        if (c.refersTo !== undefined) {
          const target = r.citations[c.refersTo];
          assert.ok(target && target.form === 'full' && target.refersTo === undefined, 'a mention refers to a full citation');
        }
      }
    }), { numRuns: 2000 });
  });

  it('never makes the edits of one fix overlap', () => {
    fc.assert(fc.property(anyText, (text) => {
      const r = scanOrThrow(text);
      for (const p of [...r.problems, ...r.citations.flatMap((c) => c.problems)]) {
        for (const f of p.fixes) {
          const edits = [...f.edits].sort((a, b) => a.range.start - b.range.start);
          for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1]!.range.end <= edits[i]!.range.start, `${f.kind} edits overlap`);
        }
      }
    }), { numRuns: 1000 });
  });

  it('scans paragraphs independently: A + blank line + B finds the citations of A and of B', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      const joined = `${a}\n\n${b}`;
      assert.deepEqual(fullKeys(scanOrThrow(joined)), [...fullKeys(scanOrThrow(a)), ...fullKeys(scanOrThrow(b), a.length + 2)]);
    }), { numRuns: 1000 });
  });

  it('finds the same directives in the decomposed (NFD) text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const keys = (t: string) => scanOrThrow(t).citations.map((c) => c.symbol.key);
      assert.deepEqual(keys(text.normalize('NFD')), keys(text));
    }), { numRuns: 1000 });
  });

  it('offers, for a text with decomposed characters, one fix that turns it into its NFC form', () => {
    const clean = anyText.filter((t) => !/[\u200B\u200C\u200D\u2060\uFEFF\u00AD&]/.test(t));
    fc.assert(fc.property(clean, (text) => {
      const nfd = scanOrThrow(text).problems.filter((p) => p.code === 'text-nfd');
      if (text.normalize('NFC') === text) {
        assert.equal(nfd.length, 0);
      } else {
        assert.equal(nfd.length, 1);
        assert.equal(applyEdits(text, nfd[0]!.fixes[0]!.edits), text.normalize('NFC'));
      }
    }), { numRuns: 1000 });
  });

  it('fixing a symbol problem removes it and keeps the directive', () => {
    fc.assert(fc.property(fragments, (text) => {
      const r = scanOrThrow(text);
      for (const c of r.citations) {
        for (const p of c.problems.filter((q) => q.code.startsWith('symbol-'))) {
          const fixed = applyEdits(text, p.fixes[0]!.edits);
          const again = scanOrThrow(fixed).citations.find((d) => d.form === 'full' && d.range.start === c.range.start);
          assert.ok(again, `${c.raw} is still found after ${p.code} is fixed`);
          assert.equal(again.symbol.key, c.symbol.key);
          assert.deepEqual(again.problems.filter((q) => q.code.startsWith('symbol-')).map((q) => q.code), []);
        }
      }
    }), { numRuns: 1000 });
  });

  it('takes no look-alike for a directive: dates, times, ratios, phone numbers, court cases, codes', () => {
    const day = fc.integer({ min: 1, max: 31 });
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 1945, max: 2030 });
    const n = fc.integer({ min: 0, max: 99999 });
    const lookAlike = fc.oneof(
      fc.tuple(day, month, year, fc.constantFrom('/', '-', '.')).map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`),
      fc.tuple(day, month).map(([d, m]) => `${d}/${m}`),
      fc.tuple(n, n).map(([a, b]) => `${a}/${b}`),
      fc.tuple(n, fc.constantFrom('xã', 'huyện', 'thôn', 'hộ'), n, fc.constantFrom('xã', 'huyện', 'thôn')).map(([a, u, b, v]) => `${a} ${u}/${b} ${v}`),
      fc.tuple(n, n).map(([a, b]) => `${a}.${b % 1000}/${a}.${b % 1000}`),
      fc.tuple(n, fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b}%`),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 100, max: 999 })).map(([a, b, c]) => `0${a}-${b}-${c}`),
      fc.tuple(n, year, fc.constantFrom('HS', 'DS', 'HC', 'KDTM', 'HNGĐ', 'QĐ', 'LĐ'), fc.constantFrom('ST', 'PT', 'GĐT')).map(([a, y, t, s]) => `${a}/${y}/${t}-${s}`),
      fc.tuple(year, year).map(([a, b]) => `${a}-${b}`),
      fc.constantFrom('Covid-19', 'COVID-19', 'KT-XH', 'QP-AN', 'F0', 'U23', 'H5N1', 'ISO 9001:2015', 'GMT +7'),
    );
    const glue = fc.constantFrom(' ', ', ', '; ', ' và ', ' ngày ', ' Quyết định số ', ' Chỉ thị ', ' năm ', '\n', ' (', ') ');
    const text = fc.array(fc.tuple(lookAlike, glue), { maxLength: 12 }).map((parts) => parts.map(([a, g]) => a + g).join(''));
    fc.assert(fc.property(text, (t) => {
      assert.deepEqual(scanOrThrow(t).citations.map((c) => c.raw), []);
    }), { numRuns: 2000 });
  });

  it('keeps no state between scans', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      const fresh = scanOrThrow(a);
      scanOrThrow(b);
      assert.deepEqual(scanOrThrow(a), fresh);
    }), { numRuns: 300 });
  });
});

describe('scanner on pathological inputs', function () {
  // The guard is against super-linear time, which on 5 MB would take hours; the generous limit
  // leaves room for a loaded machine. Nothing here measures time.
  this.timeout(60_000);
  const SIZE = 5_000_000;
  const repeat = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
  const INPUTS: readonly [string, () => string][] = [
    ['5 MB of "1-1-1-1…"', () => repeat('1-')],
    ['5 MB of "Quyết định số " repeated', () => repeat('Quyết định số ')],
    ['5 MB of "290-QĐ/TW " repeated', () => repeat('290-QĐ/TW ')],
    ['5 MB of "&amp;" repeated', () => repeat('&amp;')],
    ['5 MB of combining marks', () => `a${repeat('\u0301\u0323')}`],
    ['5 MB of citations with titles and no full stop', () => repeat('Chỉ thị 43-CT/TW về công tác Chỉ thị 43 ')],
    ['5 MB of one long issuer list', () => `1-CT/${repeat('AB-')}`],
  ];
  for (const [name, make] of INPUTS) {
    it(`completes on ${name}`, () => {
      const r = scan(make());
      assert.ok(Array.isArray(r.citations));
    });
  }
});

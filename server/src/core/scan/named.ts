/**
 * Resolutions named without a symbol (issue 15): those of the Party's national congresses
 * ("Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng") and
 * of the Central Committee's plenums ("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị
 * lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII"). Each is a reference with a key of its own
 * — `ĐH-XIII`, `TW4-XII` — so hover and references work on it as on a symbol; a plenum named
 * without its term takes the term of the citing text's date.
 *
 * A congress resolution is one document; a plenum may issue several resolutions (Trung ương 4
 * khóa XII issued 04-NQ/TW and others): the key names the plenum's resolutions as one reference.
 * Local congresses ("Đại hội Đảng bộ tỉnh lần thứ XV") need their committee and are not read here.
 * The body a named resolution gives is its canonical name ("Đại hội đại biểu toàn quốc lần thứ
 * XIII của Đảng", "Ban Chấp hành Trung ương Đảng"), over the words that name it.
 */
import { termOf } from '../catalog/fields';
import { WS } from './spaces';
import { isInlineSpace } from '../text/chars';
import type { SymbolKey } from './types';

/** Vietnamese ordinals as plenums and congresses are numbered in words ("lần thứ tư"). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['nhất', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
  ['mười', 10], ['mười một', 11], ['mười hai', 12], ['mười ba', 13], ['mười bốn', 14], ['mười lăm', 15], ['mười sáu', 16],
  ['mười bảy', 17], ['mười tám', 18], ['mười chín', 19], ['hai mươi', 20],
]);
const ORD = [...ORDINALS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, `${WS}+`)).join('|');
const ROMAN = '[IVXL]{1,6}';
const TERM = `(?:${WS}*,?${WS}*\\(?${WS}*(?:khóa|khoá)${WS}+(${ROMAN})(?![\\p{L}\\p{N}])(?:${WS}*\\))?)`;

/** After "Nghị quyết": a plenum of the Central Committee, with its number in digits or words, and its term. */
const PLENUM = new RegExp(
  `${WS}+(?:Hội${WS}+nghị${WS}+)?(?:lần${WS}+thứ${WS}+(${ORD}|\\d{1,2})${WS}+(?:Ban${WS}+Chấp${WS}+hành${WS}+)?Trung${WS}+ương(?:${WS}+Đảng)?`
  + `|(?:Ban${WS}+Chấp${WS}+hành${WS}+)?Trung${WS}+ương(?:${WS}+Đảng)?${WS}+(?:lần${WS}+thứ${WS}+)?(${ORD}|\\d{1,2})(?![\\p{L}\\p{N}/-]))${TERM}?`,
  'iuy');
/** After "Nghị quyết": a national congress, with its number. */
const CONGRESS = new RegExp(
  `${WS}+Đại${WS}+hội(?:${WS}+(?:đại${WS}+biểu${WS}+)?(?:Đảng${WS}+)?toàn${WS}+quốc)?${WS}+(?:lần${WS}+thứ${WS}+)?(${ROMAN}|\\d{1,2})(?![\\p{L}\\p{N}])(?:${WS}+của${WS}+Đảng(?:${WS}+Cộng${WS}+sản${WS}+Việt${WS}+Nam)?)?`,
  'iuy');

/**
 * What CONGRESS and PLENUM need right after "Nghị quyết": a space or a line break, then the first
 * letter of "Đại", "Hội", "lần", "Ban" or "Trung". Most "Nghị quyết" of a text are followed by
 * "số" or a number: this spares them both patterns (it never rejects what they would match).
 */
const NAMED_NEXT: ReadonlySet<number> = new Set([...'đĐhHlLbBtT'].map((c) => c.charCodeAt(0)));

function mayBeNamed(text: string, after: number): boolean {
  let i = after;
  for (let c = text.charCodeAt(i); isInlineSpace(c) || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  return i > after && NAMED_NEXT.has(text.charCodeAt(i));
}

/** A named resolution found in the normalised text. */
export interface NamedMatch {
  readonly start: number;
  readonly end: number;
  /** Where "Nghị quyết" ends. */
  readonly typeWordEnd: number;
  readonly symbol: SymbolKey;
  /** The term, as written or taken from the document's date. */
  readonly term?: string;
  /** The body that issued it, as its name says it: the congress, or the Central Committee. */
  readonly body: string;
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral (upper case). */
function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** A Roman numeral of a number (1–89). */
function toRoman(n: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of parts) while (n >= v) { out += s; n -= v; }
  return out;
}

function numberOf(written: string): number {
  const w = written.toLowerCase().replace(/\s+/gu, ' ');
  return ORDINALS.get(w) ?? (/^\d+$/u.test(w) ? Number(w) : roman(written.toUpperCase()));
}

/**
 * Every named resolution of a text, in text order. `documentDate` (ISO) gives the term of a
 * plenum named without one.
 */
export function findNamed(text: string, documentDate: string | undefined): NamedMatch[] {
  const out: NamedMatch[] = [];
  for (const needle of ['ghị quyết', 'GHỊ QUYẾT']) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const start = at - 1;
      const n = text[start];
      if (n !== 'N' && n !== 'n') continue;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
      const after = at + needle.length;
      if (!mayBeNamed(text, after)) continue;
      CONGRESS.lastIndex = after;
      const c = CONGRESS.exec(text);
      if (c) {
        const number = numberOf(c[1]!);
        const term = toRoman(number);
        out.push({
          start, end: after + c[0].length, typeWordEnd: after, term, body: `Đại hội đại biểu toàn quốc lần thứ ${term} của Đảng`,
          symbol: named(`ĐH-${term}`, `Đại hội ${term}`, number),
        });
        continue;
      }
      PLENUM.lastIndex = after;
      const p = PLENUM.exec(text);
      if (p) {
        const number = numberOf(p[1] ?? p[2]!);
        const written = p[3]?.toUpperCase();
        const term = written ?? (documentDate ? termOf(documentDate) : undefined) ?? '?';
        out.push({
          start, end: after + p[0].length, typeWordEnd: after, ...(written && { term: written }), body: 'Ban Chấp hành Trung ương Đảng',
          symbol: named(`TW${number}-${term}`, `Trung ương ${number} khóa ${term}`, number),
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function named(key: string, canonical: string, number: number): SymbolKey {
  return { kind: 'party', number, type: 'NQ', issuers: ['TW'], key, canonical, issuerClass: 'party-committee' };
}

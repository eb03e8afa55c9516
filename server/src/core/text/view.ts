/**
 * A normalised view of a document's raw text, with a map back to raw UTF-16 offsets.
 *
 * The scanner matches patterns against the view (NFC, zero-width characters removed, HTML
 * entities decoded), so that decomposed or polluted text is recognised like clean text, and
 * then maps every range back into the raw text. The raw text itself is never rewritten: ranges
 * always point into what the user has on disk or in the editor.
 */

/** Characters that render as nothing and break matching: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM/ZWNBSP, SOFT HYPHEN. */
export const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Combining marks (decomposed accents) — their presence means the text may not be NFC. */
const COMBINING = /\p{M}/u;

/** Named HTML entities that appear in CMS exports of Vietnamese text (lower and upper case). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00A0', ndash: '–', mdash: '—',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};
/**
 * An entity at `lastIndex` (sticky): a global pattern would search on to the end of the text each
 * time no entity starts at `lastIndex`, which is quadratic on a text of many `&` and no entity.
 */
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;

/** Decodes one HTML entity match, or returns undefined when it is not one we know. */
export function decodeEntity(match: string): string | undefined {
  ENTITY.lastIndex = 0;
  const m = ENTITY.exec(match);
  if (!m || m[0].length !== match.length) return undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return String.fromCodePoint(cp);
  }
  return NAMED_ENTITIES[m[3]!];
}

/** What the view had to clean up, each with its raw range. */
export interface ViewIssues {
  /** Raw ranges of clusters that are not in NFC, each with its NFC form. */
  readonly nfd: readonly { start: number; end: number; nfc: string }[];
  /** Raw ranges of zero-width characters. */
  readonly zeroWidth: readonly { start: number; end: number }[];
  /** Raw ranges of HTML entities, each with the text it stands for. */
  readonly entities: readonly { start: number; end: number; text: string }[];
}

/** A normalised text plus the map back to raw offsets. */
export interface TextView extends ViewIssues {
  /** The normalised text the scanner reads. */
  readonly text: string;
  /** Maps a range of the view to a range of the raw text. */
  toRaw(start: number, end: number): { start: number; end: number };
}

const NO_ISSUES = { nfd: [], zeroWidth: [], entities: [] } as const;

/**
 * The most composing characters (combining marks, jamo) a cluster takes; more start a new one.
 * NFC reorders the marks of a cluster by sorting them, which takes quadratic time on a run of
 * millions of marks; real text never has more than a few (Unicode's stream-safe format allows 30).
 */
const MAX_COMPOSING = 30;

/**
 * Builds the view of `raw`. Clean text (the common case: NFC, no zero-width characters, no `&`)
 * is returned as is, with an identity map, without copying.
 *
 * Otherwise the text is cut into clusters — a character and the characters that compose with it
 * under NFC: combining marks, and the vowel and final jamo of decomposed Hangul — and each cluster
 * is replaced by its NFC form. Cluster boundaries are never crossed by NFC composition, so the
 * view is the NFC form of the text (less zero-width characters, with entities decoded), and
 * applying the `nfd` replacements to the raw text yields exactly `raw.normalize('NFC')` when the
 * text has no zero-width characters or entities (and no run of more than 30 combining marks).
 * Every step is linear: the whole text is never normalised at once.
 */
export function createView(raw: string): TextView {
  const n = raw.length;
  if (plainRunEnd(raw, 0) === n) return { text: raw, toRaw: (start, end) => ({ start, end }), ...NO_ISSUES };

  const out: string[] = [];
  // rawStart[i] / rawEnd[i]: the raw range that produced view character i. NFC may lengthen a
  // cluster (U+FB2C is three characters in NFC), so the arrays grow when needed.
  let rawStart = new Int32Array(n + 16);
  let rawEnd = new Int32Array(n + 16);
  let len = 0;
  const nfd: { start: number; end: number; nfc: string }[] = [];
  const zeroWidth: { start: number; end: number }[] = [];
  const entities: { start: number; end: number; text: string }[] = [];

  const ensure = (more: number) => {
    if (len + more > rawStart.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length + more); b.set(a); return b; };
      rawStart = grow(rawStart);
      rawEnd = grow(rawEnd);
    }
  };
  const emit = (s: string, start: number, end: number) => {
    ensure(s.length);
    for (let k = 0; k < s.length; k++) {
      rawStart[len] = start;
      rawEnd[len] = end;
      len++;
    }
    out.push(s);
  };
  /** The end of the run of composing characters (marks, Hangul jamo) starting at `j`, at most MAX_COMPOSING long. */
  const composingEnd = (j: number): number => {
    for (let count = 0; j < n && count < MAX_COMPOSING; count++) {
      const d = raw.codePointAt(j)!;
      if (!isComposing(d)) break;
      j += d > 0xffff ? 2 : 1;
    }
    return j;
  };
  const cluster = (i: number, j: number): void => {
    const s = raw.slice(i, j);
    const cp = s.codePointAt(0)!;
    const single = j - i === (cp > 0xffff ? 2 : 1);
    const nfc = single && !changesUnderNfc(cp) ? s : nfcOfCluster(s);
    if (nfc !== s) nfd.push({ start: i, end: j, nfc });
    emit(nfc, i, j);
  };

  let i = 0;
  while (i < n) {
    // A run of plain characters is copied as is, except its last one when accents follow it.
    let k = plainRunEnd(raw, i);
    const last = k > i ? charStartBefore(raw, k) : i;
    if (k < n && k > i && isComposing(raw.codePointAt(k)!)) k = last;
    if (k > i) {
      ensure(k - i);
      for (let p = i; p < k; p++) {
        rawStart[len] = p;
        rawEnd[len] = p + 1;
        len++;
      }
      out.push(raw.slice(i, k));
      i = k;
      continue;
    }
    const c = raw.charCodeAt(i);
    // Zero-width characters are dropped from the view.
    if (ZERO_WIDTH_UNITS.has(c)) {
      zeroWidth.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m) {
        const decoded = decodeEntity(m[0]);
        if (decoded !== undefined) {
          // Accents typed after an entity (`&ecirc;\u0301`) belong to the letter it stands for.
          const j = composingEnd(i + m[0].length);
          const text = (decoded + raw.slice(i + m[0].length, j)).normalize('NFC');
          entities.push({ start: i, end: j, text });
          emit(text, i, j);
          i = j;
          continue;
        }
      }
    }
    // A cluster: one code point and the characters that compose with it.
    const cp = raw.codePointAt(i)!;
    const j = composingEnd(i + (cp > 0xffff ? 2 : 1));
    cluster(i, j);
    i = j;
  }

  const text = out.join('');
  const toRaw = (start: number, end: number) => {
    const s = start < len ? rawStart[start]! : n;
    const e = end <= 0 ? (len > 0 ? rawStart[0]! : 0) : end - 1 < len ? rawEnd[end - 1]! : n;
    return { start: s, end: Math.max(s, e) };
  };
  return { text, toRaw, nfd, zeroWidth, entities };
}

/**
 * Characters that always stand for themselves, as a sticky pattern the regexp engine runs as a
 * native loop: ASCII and Latin-1 but `&` and the soft hyphen, Latin up to U+02FF, the precomposed
 * Vietnamese letters (U+1EA0–U+1EFF) and dashes, quotes and ellipsis (U+2010–U+2027). Everything
 * else goes through `plainAt`. A test checks each range against NFC and `\p{M}`.
 */
export const PLAIN_RUN = /[\u0000-\u0025\u0027-\u00AC\u00AE-\u02FF\u1EA0-\u1EFF\u2010-\u2027]*/y;

/** Whether the code unit `u` is in the class of PLAIN_RUN. */
function isPlainUnit(u: number): boolean {
  return u < 0x300 ? u !== 0x26 && u !== 0xad : (u >= 0x1ea0 && u <= 0x1eff) || (u >= 0x2010 && u <= 0x2027);
}

/**
 * How many plain characters `plainRunEnd` reads by hand before it hands the run to PLAIN_RUN: the
 * runs between the accents of decomposed text are a few letters long, shorter than what a pattern
 * call costs to start, while clean text is one long run the pattern reads fastest.
 */
const BY_HAND = 16;

/** Where the run of plain characters (see `plainAt`) starting at `i` ends. */
function plainRunEnd(raw: string, i: number): number {
  const n = raw.length;
  let k = i;
  while (k < n) {
    if (k - i < BY_HAND) {
      if (isPlainUnit(raw.charCodeAt(k))) {
        k++;
        continue;
      }
    } else {
      PLAIN_RUN.lastIndex = k;
      PLAIN_RUN.test(raw);
      if (PLAIN_RUN.lastIndex > k) {
        k = PLAIN_RUN.lastIndex;
        continue;
      }
    }
    const step = plainAt(raw, k);
    if (step === 0) break;
    k += step;
  }
  return k;
}

/** Where the character ending at `end` starts (a surrogate pair is one character). */
function charStartBefore(raw: string, end: number): number {
  const lo = raw.charCodeAt(end - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && end >= 2 && (raw.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? end - 2 : end - 1;
}

const ZERO_WIDTH_UNITS: ReadonlySet<number> = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/**
 * The length (1, or 2 for a surrogate pair) of the character at `k` when it stands for itself in
 * the view — not a zero-width character, not the start of an entity, not a composing character,
 * unchanged by NFC — else 0.
 */
function plainAt(raw: string, k: number): number {
  const u = raw.charCodeAt(k);
  if (u < 0x80) return u === 0x26 ? 0 : 1;
  if (u < 0x300) return u === 0xad ? 0 : 1;
  const cp = raw.codePointAt(k)!;
  const size = cp > 0xffff ? 2 : 1;
  return ZERO_WIDTH_UNITS.has(u) || isComposing(cp) || changesUnderNfc(cp) ? 0 : size;
}

/** Whether a code point composes with the character before it under NFC. */
function isComposing(cp: number): boolean {
  if (cp < 0x300) return false;
  // Hangul vowel and final jamo compose with a leading jamo or an LV syllable.
  if (cp >= 0x1160 && cp <= 0x11ff) return true;
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff)
    || (cp >= 0xfe20 && cp <= 0xfe2f) || isMark(cp);
}

/** Whether a code point is a combining mark (`\p{M}`), cached: the test runs on every letter of the text. */
const MARKS = new Map<number, boolean>();
function isMark(cp: number): boolean {
  let v = MARKS.get(cp);
  if (v === undefined) {
    v = COMBINING.test(String.fromCodePoint(cp));
    MARKS.set(cp, v);
  }
  return v;
}

/** Code points whose NFC form differs (Kelvin sign, Ohm sign, CJK compatibility ideographs, …), cached. */
const CHANGES = new Map<number, boolean>();
function changesUnderNfc(cp: number): boolean {
  if (cp < 0x300) return false;
  let v = CHANGES.get(cp);
  if (v === undefined) {
    const s = String.fromCodePoint(cp);
    v = s.normalize('NFC') !== s;
    CHANGES.set(cp, v);
  }
  return v;
}

/**
 * The NFC form of a cluster, cached: decomposed text repeats the same few hundred clusters (`ế` as
 * `e` and two marks), and a look-up is cheaper than normalising. The cache is emptied when full,
 * so a text of distinct clusters cannot grow it without bound.
 */
const NFC_OF_CLUSTER = new Map<string, string>();
const NFC_CACHE_SIZE = 4096;
function nfcOfCluster(s: string): string {
  let v = NFC_OF_CLUSTER.get(s);
  if (v === undefined) {
    v = s.normalize('NFC');
    if (NFC_OF_CLUSTER.size >= NFC_CACHE_SIZE) NFC_OF_CLUSTER.clear();
    NFC_OF_CLUSTER.set(s, v);
  }
  return v;
}

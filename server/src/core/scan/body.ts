/**
 * Reads the issuing body after "của" (issue 15): "của Bộ Chính trị", "của Ban Thường vụ Tỉnh ủy
 * Quảng Ninh", "của Ban cán sự đảng Chính phủ", "của Bộ Chính trị, Ban Bí thư".
 *
 * A body is a known body phrase — the issuer vocabulary's names (`issuers.ts`) and the ways
 * citations name bodies beyond them (`PHRASES`) — maybe prefixed by an office or a standing body
 * ("Ban Thường vụ", "Văn phòng", "Đoàn Chủ tịch", …) and followed by a locality ("tỉnh Quảng
 * Ninh"). Bodies are joined by "," or "và" only when each part is a body: "của Bộ Chính trị và
 * Luật Cán bộ, công chức" names one body. A body no phrase knows is read as before: capitalised
 * words and the lower-case words that occur inside names, up to a verb ("ban hành", "chỉ đạo").
 *
 * Words are compared lower-cased, with the old and new placement of tone marks folded ("uỷ" and
 * "ủy", "hoá" and "hóa") and the usual abbreviations expanded (BCH, UBND, HĐND, MTTQ, T.Ư, TNCS, …);
 * ranges stay in the text. A line break inside a body (text wrapped in a PDF) counts as a space,
 * unless the next line starts a new block.
 */
import { vocabularyBodies, type IssuerClass } from './issuers';
import { isSoftBreak } from './spaces';
import { isUpperUnit } from '../text/chars';
import { typeWordOf, TYPE_WORDS } from './vocabulary';

/** What a body reads as: its range in the normalised text, and the issuer code it stands for when it is one known body. */
export interface BodyMatch {
  readonly start: number;
  readonly end: number;
  /** The issuer code of the body (`TW`, `TU`, `BTCTW`, `CP`), when it is one body the phrases know. */
  readonly code?: string;
  readonly class?: IssuerClass;
  /** Whether a known phrase names it (else it was read as capitalised words). */
  readonly known: boolean;
}

/**
 * How citations name bodies beyond the vocabulary's names, with the issuer code each stands for.
 * Flags: `loc` — may be followed by a locality ("Tỉnh ủy Quảng Ninh", "UBND tỉnh"); `of` — names
 * a part of the body that follows it ("Ban Thường vụ" + "Tỉnh ủy", "Văn phòng" + "Chính phủ").
 */
const PHRASES: readonly (readonly [name: string, code: string, cls: IssuerClass, flags?: 'loc' | 'of' | 'loc+of'])[] = [
  ['Ban Chấp hành Trung ương Đảng', 'TW', 'party-committee'],
  ['Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'TW', 'party-committee'],
  ['Ban Chấp hành Trung ương', 'TW', 'party-committee'],
  ['Trung ương Đảng', 'TW', 'party-committee'],
  ['Trung ương', 'TW', 'party-committee'],
  ['Bộ Chính trị', 'TW', 'party-committee'],
  ['Bộ Chính trị Ban Chấp hành Trung ương Đảng', 'TW', 'party-committee'],
  ['Ban Bí thư', 'TW', 'party-committee'],
  ['Ban Bí thư Trung ương', 'TW', 'party-committee'],
  ['Ban Bí thư Trung ương Đảng', 'TW', 'party-committee'],
  ['Văn phòng Trung ương Đảng', 'VPTW', 'party-body'],
  ['Ủy ban Kiểm tra Trung ương Đảng', 'UBKTTW', 'party-body'],
  ['Ban Chính sách, chiến lược Trung ương', 'BCSCLTW', 'party-body'],
  ['Đảng ủy Khối các cơ quan Trung ương', 'ĐUKCQTW', 'party-body'],
  ['Đảng ủy Khối Doanh nghiệp Trung ương', 'ĐUKDNTW', 'party-body'],
  ['Đảng ủy các cơ quan Đảng Trung ương', 'ĐUCQĐTW', 'party-body'],
  ['Đảng ủy Chính phủ', 'ĐUCP', 'party-body'],
  ['Đảng ủy Quốc hội', 'ĐUQH', 'party-body'],
  ['Đảng ủy Quân sự Trung ương', 'ĐUQSTW', 'party-body'],
  ['Đảng ủy Công an Trung ương', 'ĐUCATW', 'party-body'],
  ['Tiểu ban Tổ chức', 'TBTC', 'party-body'],
  ['Tiểu ban Văn kiện', 'TBVK', 'party-body'],
  ['Tiểu ban Nhân sự', 'TBNS', 'party-body'],
  ['Ban Chấp hành Đảng bộ', 'TU', 'party-committee', 'loc'],
  ['Ban Chấp hành Đảng bộ tỉnh', 'TU', 'party-committee', 'loc'],
  ['Ban Chấp hành Đảng bộ thành phố', 'TU', 'party-committee', 'loc'],
  ['Ban Chấp hành Đảng bộ huyện', 'HU', 'party-committee', 'loc'],
  ['Tỉnh ủy', 'TU', 'party-committee', 'loc'],
  ['Thành ủy', 'TU', 'party-committee', 'loc'],
  ['Huyện ủy', 'HU', 'party-committee', 'loc'],
  ['Quận ủy', 'QU', 'party-committee', 'loc'],
  ['Thị ủy', 'ThU', 'party-committee', 'loc'],
  ['Đảng ủy', 'ĐU', 'party-committee', 'loc+of'],
  ['Đảng ủy Khối', 'ĐUK', 'party-body', 'loc'],
  ['Đảng ủy Khối các cơ quan', 'ĐUK', 'party-body', 'loc'],
  ['Đảng ủy Khối doanh nghiệp', 'ĐUK', 'party-body', 'loc'],
  ['Ban Thường vụ', 'BTV', 'party-committee', 'of'],
  ['Thường trực', 'TT', 'party-committee', 'of'],
  ['Ban Thường trực', 'BTT', 'front', 'of'],
  ['Đoàn Chủ tịch', 'ĐCT', 'front', 'of'],
  ['Ban cán sự đảng', 'BCSĐ', 'party-body', 'of'],
  ['Văn phòng', 'VP', 'state', 'of'],
  ['Ban Chỉ đạo', 'BCĐ', 'state', 'loc'],
  ['Ban Chỉ đạo Trung ương', 'BCĐTW', 'party-body'],
  ['Ban Chỉ đạo quốc gia', 'BCĐQG', 'state'],
  ['Cơ quan thường trực Ban Chỉ đạo', 'CQTTBCĐ', 'party-body'],
  ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'MTTW', 'front'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'MTTQ', 'front', 'loc'],
  ['Ủy ban Mặt trận Tổ quốc', 'MTTQ', 'front', 'loc'],
  ['Mặt trận Tổ quốc Việt Nam', 'MTTQ', 'front', 'loc'],
  ['Mặt trận Tổ quốc', 'MTTQ', 'front', 'loc'],
  ['Ban Chấp hành Trung ương Đoàn', 'TWĐTN', 'front'],
  ['Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'TWĐTN', 'front'],
  ['Ban Bí thư Trung ương Đoàn', 'TWĐTN', 'front'],
  ['Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'TWĐTN', 'front'],
  ['Trung ương Đoàn', 'TWĐTN', 'front'],
  ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'TWĐTN', 'front'],
  ['Tỉnh đoàn', 'TĐ', 'front', 'loc'],
  ['Thành đoàn', 'TĐ', 'front', 'loc'],
  ['Hội Liên hiệp Thanh niên Việt Nam', 'TWH', 'front', 'loc'],
  ['Trung ương Hội Liên hiệp Thanh niên Việt Nam', 'TWH', 'front'],
  ['Ban Thư ký Trung ương Hội Liên hiệp Thanh niên Việt Nam', 'TWH', 'front'],
  ['Liên đoàn Lao động', 'LĐLĐ', 'front', 'loc'],
  ['Hội Liên hiệp Phụ nữ Việt Nam', 'HLHPNVN', 'front', 'loc'],
  ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'HLHPNVN', 'front'],
  ['Hội Liên hiệp Phụ nữ', 'HLHPN', 'front', 'loc'],
  ['Hội Nông dân', 'HND', 'front', 'loc'],
  ['Trung ương Hội Nông dân Việt Nam', 'HNDVN', 'front'],
  ['Hội Cựu chiến binh', 'HCCB', 'front', 'loc'],
  ['Trung ương Hội Cựu chiến binh Việt Nam', 'HCCBVN', 'front'],
  ['Thủ tướng', 'TTg', 'state'],
  ['Phó Thủ tướng Chính phủ', 'TTg', 'state'],
  ['Phó Thủ tướng', 'TTg', 'state'],
  ['Chủ tịch', 'CT', 'state', 'of'],
  ['Chủ tịch nước', 'CTN', 'state'],
  ['Chủ tịch Hồ Chí Minh', 'CTN', 'state-historic'],
  ['Bộ trưởng', 'BT', 'state', 'of'],
  ['Ngân hàng Nhà nước', 'NHNN', 'state'],
  ['Ủy ban nhân dân', 'UBND', 'state', 'loc'],
  ['Hội đồng nhân dân', 'HĐND', 'state', 'loc'],
  ['Thường trực Hội đồng nhân dân', 'HĐND', 'state', 'loc'],
  ['Ủy ban hành chính', 'UB', 'state-historic', 'loc'],
  ['Tổng cục', 'TC', 'state', 'loc'],
  ['Cục', 'C', 'state', 'loc'],
  ['Hội đồng Thi đua - Khen thưởng Trung ương', 'HĐTĐKTTW', 'state'],
];

/** Abbreviations expanded before matching, written in capitals: `BCH` → ban chấp hành. */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['BCH', ['ban', 'chấp', 'hành']], ['BTV', ['ban', 'thường', 'vụ']], ['UBND', ['ủy', 'ban', 'nhân', 'dân']],
  ['HĐND', ['hội', 'đồng', 'nhân', 'dân']], ['MTTQ', ['mặt', 'trận', 'tổ', 'quốc']], ['UBMTTQ', ['ủy', 'ban', 'mặt', 'trận', 'tổ', 'quốc']],
  ['UBKT', ['ủy', 'ban', 'kiểm', 'tra']], ['T.Ư', ['trung', 'ương']], ['TƯ', ['trung', 'ương']], ['TW', ['trung', 'ương']],
  ['T.W', ['trung', 'ương']], ['TP', ['thành', 'phố']], ['TP.', ['thành', 'phố']], ['VN', ['việt', 'nam']],
  ['TNCS', ['thanh', 'niên', 'cộng', 'sản']], ['HCM', ['hồ', 'chí', 'minh']], ['LHPN', ['liên', 'hiệp', 'phụ', 'nữ']],
  ['LHTN', ['liên', 'hiệp', 'thanh', 'niên']], ['CCB', ['cựu', 'chiến', 'binh']], ['LĐLĐ', ['liên', 'đoàn', 'lao', 'động']],
  ['ĐTN', ['đoàn', 'thanh', 'niên']],
]);

/** Tone marks placed the old way on "oa", "oe", "uy" ("hoá", "uỷ"), as the new way writes them ("hóa", "ủy"). */
const TONE_FOLD: ReadonlyMap<string, string> = new Map([
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'], ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
]);

/** A word as phrases compare it: lower case, `ð` as `đ`, tone marks placed the new way. */
export function foldWord(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('ð')) s = s.replace(/ð/g, 'đ');
  if (s.length >= 2) {
    const tail = TONE_FOLD.get(s.slice(-2));
    if (tail !== undefined) s = s.slice(0, -2) + tail;
  }
  return s;
}

interface Entry {
  readonly code: string;
  readonly class: IssuerClass;
  readonly loc: boolean;
  readonly of: boolean;
}

interface Node {
  readonly next: Map<string, Node>;
  entry?: Entry;
}

/** The phrases as a trie of folded words (an abbreviation in a phrase is expanded like one in a text). */
const TRIE: Node = buildTrie();

function buildTrie(): Node {
  const root: Node = { next: new Map() };
  const add = (name: string, e: Entry) => {
    let n = root;
    for (const w of phraseWords(name)) {
      let c = n.next.get(w);
      if (!c) {
        c = { next: new Map() };
        n.next.set(w, c);
      }
      n = c;
    }
    // The first name given for a phrase wins: PHRASES come first, then the vocabulary.
    n.entry ??= e;
  };
  for (const [name, code, cls, flags] of PHRASES) {
    add(name, { code, class: cls, loc: flags === 'loc' || flags === 'loc+of', of: flags === 'of' || flags === 'loc+of' });
  }
  for (const b of vocabularyBodies()) {
    const loc = /^(?:Sở|Ủy ban|Hội đồng nhân dân|Ban Chỉ đạo|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy)/u.test(b.name) || /(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng ủy Khối)$/u.test(b.name);
    add(b.name, { code: b.code, class: b.class, loc, of: false });
  }
  return root;
}

function phraseWords(name: string): string[] {
  const out: string[] = [];
  for (const t of name.split(/\s+/u)) {
    const parts = t.endsWith(',') ? [t.slice(0, -1), ','] : [t];
    for (const p of parts) {
      const ab = ABBREVIATIONS.get(p);
      if (ab) out.push(...ab);
      else out.push(foldWord(p));
    }
  }
  return out;
}

/** One word of a text: where it is, as written, and the folded words it stands for. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly string[];
  readonly capital: boolean;
}

/** A word, an abbreviation with dots (`T.Ư`), or one of the signs names contain (`-`, `,`, `&`). */
const TOKEN = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?|[-,&]/uy;

/**
 * The tokens from `pos`, read as they are asked for (most bodies are a few words): past single
 * spaces and soft line breaks; they stop at a hard line break or any other sign, or at `max`.
 */
class Tokens {
  readonly #text: string;
  readonly #max: number;
  readonly #list: Token[] = [];
  #p: number;
  #done = false;

  constructor(text: string, pos: number, max: number) {
    this.#text = text;
    this.#p = pos;
    this.#max = max;
  }

  /** The `k`-th token, or undefined past the last. */
  at(k: number): Token | undefined {
    while (this.#list.length <= k && !this.#done) this.#next();
    return this.#list[k];
  }

  #next(): void {
    const text = this.#text;
    const out = this.#list;
    let p = this.#p;
    if (out.length >= this.#max || p >= text.length) { this.#done = true; return; }
    if (out.length > 0) {
      // The gap between two words: one space (or no-break space), or a soft line break.
      const c = text.charCodeAt(p);
      if (c === 0x20 || c === 0xa0) p++;
      else if (c === 0x0d && text.charCodeAt(p + 1) === 0x0a && isSoftBreak(text, p + 1)) p += 2;
      else if (c === 0x0a && isSoftBreak(text, p)) p++;
      else if (!(c === 0x2c /* , */ || c === 0x2d /* - */)) { this.#done = true; return; }
      while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
    }
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) { this.#done = true; return; }
    let raw = m[0];
    // A dot at the end of a word followed by a space or the end is a full stop, not an abbreviation.
    if (raw.charCodeAt(raw.length - 1) === 0x2e && !ABBREVIATIONS.has(raw)) raw = raw.slice(0, -1);
    if (raw === '') { this.#done = true; return; }
    const capital = isUpperUnit(raw.charCodeAt(0));
    // An abbreviation (its keys are in capitals) expands ("UBND" → ủy ban nhân dân), but not "TƯ"
    // after "Bộ" (Bộ Tư pháp in capitals).
    let ab = capital ? ABBREVIATIONS.get(raw) : undefined;
    if (ab && raw === 'TƯ' && out[out.length - 1]?.words[0] === 'bộ') ab = undefined;
    out.push({ start: p, end: p + raw.length, text: raw, words: ab ?? [foldWord(raw)], capital });
    this.#p = p + raw.length;
  }
}

function tokens(text: string, pos: number, max: number): Tokens {
  return new Tokens(text, pos, max);
}

/** The longest phrase starting at token `i`: its entry and the token after it. */
function longestPhrase(ts: Tokens, i: number): { entry: Entry; next: number } | undefined {
  let node: Node | undefined = TRIE;
  let best: { entry: Entry; next: number } | undefined;
  for (let k = i; ts.at(k) !== undefined && node; k++) {
    for (const w of ts.at(k)!.words) {
      node = node.next.get(w);
      if (!node) break;
    }
    if (node?.entry) best = { entry: node.entry, next: k + 1 };
  }
  return best;
}

/** Administrative units before a place name: "tỉnh Quảng Ninh", "thành phố Hà Nội". */
const UNITS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'trấn', 'phố', 'thành phố']);

/** Where a locality after a body ends: an administrative unit, then capitalised words (a place name). */
function locality(ts: Tokens, i: number): number {
  let k = i;
  // "tỉnh", "huyện", "thành phố", "thị xã", "thị trấn" (each word on its own).
  while (ts.at(k) !== undefined && !ts.at(k)!.capital && UNITS.has(ts.at(k)!.words[0]!) && k - i < 2) k++;
  let names = 0;
  while (ts.at(k) !== undefined && names < 5) {
    const t = ts.at(k)!;
    if (t.text === '-' && names > 0 && ts.at(k + 1) !== undefined && ts.at(k + 1)!.capital) { k++; continue; }
    if (!t.capital || isStopWord(t) || startsTypeWordAt(ts, k) || longestPhrase(ts, k)) break;
    k++;
    names++;
  }
  return k;
}

/** One body at token `i`: a phrase, the body an `of` phrase names, and a locality. */
function oneBody(ts: Tokens, i: number, depth = 0): { next: number; entry: Entry } | undefined {
  if (ts.at(i) === undefined || !ts.at(i)!.capital) return undefined;
  const p = longestPhrase(ts, i);
  if (!p) return undefined;
  let next = p.next;
  let entry = p.entry;
  if (entry.of && depth < 3) {
    const inner = oneBody(ts, next, depth + 1);
    if (inner) {
      next = inner.next;
      // "Ban Thường vụ Tỉnh ủy" is the committee; "Văn phòng Chính phủ" and "Ban cán sự đảng Bộ …" are bodies of their own.
      entry = entry.code === 'BTV' || entry.code === 'TT' || entry.code === 'BTT' || entry.code === 'ĐCT' || entry.code === 'CT' || entry.code === 'BT'
        ? inner.entry
        : { code: entry.code + inner.entry.code, class: ofClass(entry, inner.entry), loc: false, of: false };
      return { next: inner.entry.loc ? locality(ts, next) : next, entry };
    }
  }
  // An office or a standing body of something no phrase knows ("Văn phòng Thường vụ Quân ủy"): read on by the words.
  if (entry.of) return { next: Math.max(next, heuristicBody(ts, i)), entry };
  if (entry.loc) {
    const l = locality(ts, next);
    // "Đảng ủy Khối doanh nghiệp tỉnh …": lower-case words of a name no phrase spells out; read on by the words.
    const t = ts.at(l);
    next = l === next && t && !t.capital && t.words.length === 1 && BODY_WORDS.has(t.words[0]!) ? Math.max(l, heuristicBody(ts, i)) : l;
  }
  return { next, entry };
}

/**
 * The class of "X of Y": the office of a state body is a state body ("Văn phòng Chính phủ"), the
 * Party committee or delegation of one is a Party body ("Đảng ủy Bộ Tài chính", "Ban cán sự đảng
 * Chính phủ").
 */
function ofClass(outer: Entry, inner: Entry): IssuerClass {
  if (outer.class === 'state') return inner.class;
  return inner.class === 'state' ? 'party-body' : outer.class;
}

/** Lower-case words that occur inside the names of bodies the phrases do not know. */
const BODY_WORDS = new Set([
  'ủy', 'vụ', 'hành', 'chính', 'trị', 'thư', 'trực', 'phủ', 'hội', 'đảng', 'ương', 'tướng', 'dân', 'vận',
  'giáo', 'chức', 'tra', 'nhân', 'tịch', 'quốc', 'ban', 'bộ', 'tỉnh', 'thành', 'huyện', 'trung', 'thường', 'kiểm',
  'tổ', 'tuyên', 'dục', 'tạo', 'nội', 'tư', 'pháp', 'tài', 'văn', 'phòng', 'sự', 'đạo', 'chỉ', 'khối', 'cơ', 'quan',
  'doanh', 'nghiệp', 'mặt', 'trận', 'lao', 'động', 'xã', 'y', 'tế', 'ngoại', 'giao', 'an', 'công', 'đội',
  'đồng', 'nghị', 'nước', 'cán', 'ký', 'đoàn', 'trưởng', 'kinh', 'khu', 'quản', 'lý', 'viên', 'thi', 'đua', 'khen', 'thưởng',
  'phát', 'triển', 'nông', 'thôn', 'môi', 'trường', 'nguyên', 'gia', 'cao', 'tối', 'sát', 'toán', 'thanh', 'niên',
  'mới', 'đổi', 'lực', 'tập', 'ty', 'cổ', 'phần', 'hữu', 'hạn', 'trách', 'nhiệm', 'điện', 'thông', 'tin',
]);

/** Words that end a body even when capitalised: what follows a body in a citation ("Về việc …", "Khóa XII", "Ngày …"). */
const STOP_WORDS = new Set(['về', 'khóa', 'khoá', 'ngày', 'số', 'tại', 'nhằm', 'theo', 'trong', 'đã', 'đến', 'và', 'với', 'cùng', 'của', 'là', 'được', 'sẽ', 'đang', 'vừa']);

/** Lower-case verbs of two words that end a body: "của Bộ Chính trị ban hành …". */
const VERBS = new Set(['ban hành', 'chỉ đạo', 'quy định', 'hướng dẫn', 'tổ chức', 'triển khai', 'thực hiện', 'yêu cầu', 'đề nghị', 'phê duyệt', 'thông qua', 'kết luận', 'thông báo', 'quyết định', 'xây dựng', 'tổng kết', 'sơ kết', 'lãnh đạo']);

function isStopWord(t: Token): boolean {
  return t.words.length === 1 && STOP_WORDS.has(t.words[0]!);
}

/** First words of type words: a capitalised one inside a body starts a type word ("… Bộ Chính trị Quyết định …") if the next word completes one. */
const TYPE_WORD_FIRST: ReadonlySet<string> = new Set(TYPE_WORDS.map((t) => foldWord(t.word.split(' ')[0]!)));

function startsTypeWordAt(ts: Tokens, k: number): boolean {
  const t = ts.at(k)!;
  if (!t.capital || !TYPE_WORD_FIRST.has(t.words[0]!)) return false;
  const next = ts.at(k + 1);
  return typeWordOf(t.text) !== undefined || (next !== undefined && typeWordOf(`${t.text} ${next.text}`) !== undefined);
}

/** A body no phrase knows: capitalised words and body words, up to a stop word, a verb or a type word. */
function heuristicBody(ts: Tokens, i: number): number {
  let k = i;
  while (ts.at(k) !== undefined && k - i < 14) {
    const t = ts.at(k)!;
    if (t.text === ',' || t.text === '&') break;
    if (t.text === '-') {
      if (k > i && ts.at(k + 1) !== undefined && ts.at(k + 1)!.capital) { k++; continue; }
      break;
    }
    const w = t.words.length === 1 ? t.words[0]! : '';
    if (k === i ? !t.capital : !(t.capital || BODY_WORDS.has(w) || t.words.length > 1)) break;
    if (isStopWord(t)) break;
    if (k > i && (startsTypeWordAt(ts, k) || (!t.capital && ts.at(k + 1) !== undefined && VERBS.has(`${w} ${ts.at(k + 1)!.words[0]}`)))) break;
    k++;
  }
  return k;
}

/**
 * Reads the body that starts at `start` (just after "của "). Returns undefined when no
 * capitalised word starts there. `subject`: the body starts a clause ("…, Bộ Chính trị, Ban Bí
 * thư kết luận"), so bodies after commas join it whatever follows them.
 */
export function readBodyAt(text: string, start: number, subject = false): BodyMatch | undefined {
  const ts = tokens(text, start, 24);
  if (ts.at(0) === undefined || !ts.at(0)!.capital) return undefined;
  const bodies: Entry[] = [];
  let k = 0;
  let end = -1;
  for (;;) {
    const b = oneBody(ts, k);
    if (!b) break;
    bodies.push(b.entry);
    k = b.next;
    end = k;
    // Another body after "," or "và" (or ", và") joins this one: "của Bộ Chính trị, Ban Bí thư". After
    // a comma alone, a body followed by a verb is the subject of a new clause ("…của Bộ Chính trị,
    // Ban Thường vụ Tỉnh ủy ban hành kế hoạch"), not a second issuer.
    let j = k;
    const comma = ts.at(j)?.text === ',';
    if (comma) j++;
    const and = ts.at(j)?.words[0] === 'và' && ts.at(j)!.words.length === 1;
    if (and) j++;
    const other = j === k ? undefined : oneBody(ts, j);
    if (!other || (comma && !and && !subject && isClauseAfter(ts, other.next))) break;
    k = j;
  }
  if (bodies.length === 0) {
    const e = heuristicBody(ts, 0);
    if (e === 0) return undefined;
    return { start, end: ts.at(e - 1)!.end, known: false };
  }
  const last = ts.at(end - 1)!;
  return bodies.length === 1 ? { start, end: last.end, code: bodies[0]!.code, class: bodies[0]!.class, known: true } : { start, end: last.end, known: true };
}

/** Whether the words from token `k` go on as the predicate of a clause: a lower-case word that does not continue a name or a phrase. */
function isClauseAfter(ts: Tokens, k: number): boolean {
  const t = ts.at(k);
  if (!t || t.capital || t.text === ',' || t.text === '-') return false;
  return !FOLLOWS_BODY.has(t.words[0]!);
}

/** Lower-case words that may follow a body without starting a clause: its date, term, subject, a second body. */
const FOLLOWS_BODY = new Set(['về', 'ngày', 'khóa', 'khoá', 'và', 'cùng', 'với', 'tại', 'số', 'năm', 'nhiệm', 'lần', 'đối', 'trong', 'các']);

/** Whether a known body phrase starts at `pos`: a new subject ("…, Ban Thường vụ Tỉnh ủy xây dựng …"). */
export function bodyStartsAt(text: string, pos: number): number | undefined {
  // Most words after a comma start no body: look the first one up before reading the words.
  TOKEN.lastIndex = pos;
  const first = TOKEN.exec(text)?.[0];
  if (!first) return undefined;
  const ab = ABBREVIATIONS.get(first.endsWith('.') && !ABBREVIATIONS.has(first) ? first.slice(0, -1) : first);
  if (!TRIE.next.has(ab?.[0] ?? foldWord(first.replace(/\.$/u, '')))) return undefined;
  const b = readBodyAt(text, pos, true);
  return b?.known ? b.end : undefined;
}

// The directives the benchmark corpus cites: the real ones from the seed articles first
// (domain.md §6), then a few thousand invented but well-formed Party and state directives.
// Each one knows how to be written as a citation, with the variants and errors of
// domain.md §2–§3 in roughly their real proportions.

import { PROVINCES, TITLE_HEADS, TITLE_TAILS, FIELDS } from './vocab.mjs';

/** Party type codes with the type word, a relative frequency and the highest plausible number. */
const PARTY_TYPES = [
  { code: 'NQ', word: 'Nghị quyết', w: 20, max: 60 },
  { code: 'QĐ', word: 'Quyết định', w: 18, max: 420 },
  { code: 'QĐ', word: 'Quy định', w: 7, max: 250 },
  { code: 'CT', word: 'Chỉ thị', w: 15, max: 50 },
  { code: 'KL', word: 'Kết luận', w: 15, max: 200 },
  { code: 'TB', word: 'Thông báo kết luận', w: 4, max: 400 },
  { code: 'TB', word: 'Thông báo', w: 4, max: 400 },
  { code: 'HD', word: 'Hướng dẫn', w: 8, max: 60 },
  { code: 'KH', word: 'Kế hoạch', w: 5, max: 120 },
  { code: 'QC', word: 'Quy chế', w: 2, max: 30 },
  { code: 'CTr', word: 'Chương trình', w: 2, max: 60 },
  { code: 'BC', word: 'Báo cáo', w: 2, max: 300 },
  { code: 'ĐA', word: 'Đề án', w: 1, max: 40 },
  { code: 'TT', word: 'Thông tri', w: 1, max: 20 },
  { code: 'CV', word: 'Công văn', w: 1, max: 900 },
];

/** Party issuers, most frequent first (domain.md §1), with the body that speaks for them. */
const PARTY_ISSUERS = [
  { code: 'TW', w: 55, body: null },
  { code: 'TU', w: 15, body: (p) => `Ban Thường vụ Tỉnh ủy ${p}`, local: true },
  { code: 'BTCTW', w: 5, body: () => 'Ban Tổ chức Trung ương' },
  { code: 'BCĐTW', w: 3, body: () => 'Ban Chỉ đạo Trung ương' },
  { code: 'BTGDVTW', w: 2, body: () => 'Ban Tuyên giáo và Dân vận Trung ương', since: 2025 },
  { code: 'ĐU', w: 4, body: (p) => `Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh ${p}`, local: true },
  { code: 'UBKTTW', w: 3, body: () => 'Ủy ban Kiểm tra Trung ương' },
  { code: 'VPTW', w: 3, body: () => 'Văn phòng Trung ương Đảng' },
  { code: 'BTCTU', w: 2, body: (p) => `Ban Tổ chức Tỉnh ủy ${p}`, local: true },
  { code: 'VPTU', w: 2, body: (p) => `Văn phòng Tỉnh ủy ${p}`, local: true },
  { code: 'BTGTW', w: 2, body: () => 'Ban Tuyên giáo Trung ương', until: 2024 },
  { code: 'BDVTW', w: 2, body: () => 'Ban Dân vận Trung ương', until: 2024 },
  { code: 'HU', w: 3, body: (p) => `Ban Thường vụ Huyện ủy (tỉnh ${p})`, local: true },
  { code: 'QUTW', w: 1, body: () => 'Quân ủy Trung ương' },
  { code: 'UBKTTU', w: 1, body: (p) => `Ủy ban Kiểm tra Tỉnh ủy ${p}`, local: true },
  { code: 'ĐUK', w: 1, body: (p) => `Đảng ủy Khối doanh nghiệp tỉnh ${p}`, local: true },
];

/** State document shapes: QPPL with a year, administrative ones without, laws, công văn. */
const STATE_SHAPES = [
  { w: 22, word: 'Nghị định', code: 'NĐ', issuer: 'CP', year: true, body: 'Chính phủ', max: 180 },
  { w: 8, word: 'Thông tư', code: 'TT', issuer: 'BNV', year: true, body: 'Bộ Nội vụ', max: 30 },
  { w: 6, word: 'Thông tư', code: 'TT', issuer: 'BTC', year: true, body: 'Bộ Tài chính', max: 120 },
  { w: 4, word: 'Thông tư', code: 'TT', issuer: 'BGDĐT', year: true, body: 'Bộ Giáo dục và Đào tạo', max: 40 },
  { w: 6, word: 'Quyết định', code: 'QĐ', issuer: 'TTg', year: true, body: 'Thủ tướng Chính phủ', max: 50 },
  { w: 14, word: 'Quyết định', code: 'QĐ', issuer: 'TTg', year: false, body: 'Thủ tướng Chính phủ', max: 2200 },
  { w: 8, word: 'Nghị quyết', code: 'NQ', issuer: 'CP', year: false, body: 'Chính phủ', max: 200 },
  { w: 6, word: 'Chỉ thị', code: 'CT', issuer: 'TTg', year: false, body: 'Thủ tướng Chính phủ', max: 40 },
  { w: 6, word: 'Luật', code: '', issuer: 'QH', year: true, body: 'Quốc hội', max: 80, law: true },
  { w: 4, word: 'Nghị quyết', code: 'NQ', issuer: 'QH', year: true, body: 'Quốc hội', max: 120, law: true },
  { w: 2, word: 'Thông tư liên tịch', code: 'TTLT', issuer: 'BNV-BTC', year: true, body: 'Bộ Nội vụ và Bộ Tài chính', max: 60 },
  { w: 8, word: 'Quyết định', code: 'QĐ', issuer: 'UBND', year: false, body: 'UBND tỉnh', max: 4000, local: true },
  { w: 5, word: 'Kế hoạch', code: 'KH', issuer: 'UBND', year: false, body: 'UBND tỉnh', max: 300, local: true },
  { w: 3, word: 'Nghị quyết', code: 'NQ', issuer: 'HĐND', year: true, body: 'HĐND tỉnh', max: 40, local: true },
  { w: 2, word: 'Công văn', code: null, issuer: 'UBND-VP', year: false, body: 'UBND tỉnh', max: 9000, local: true },
];

/** The directives of the seed articles, cited most often (they head the Zipf ranking). */
const SEED_DIRECTIVES = [
  { kind: 'party', word: 'Quyết định', num: 23, code: 'QĐ', issuer: 'TW', date: [30, 7, 2021], body: 'Bộ Chính trị', title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị' },
  { kind: 'party', word: 'Nghị quyết', num: 25, code: 'NQ', issuer: 'TW', date: [3, 6, 2013], body: 'Ban Chấp hành Trung ương Đảng (khóa XI)', title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới' },
  { kind: 'party', word: 'Quyết định', num: 290, code: 'QĐ', issuer: 'TW', date: [25, 2, 2010], body: 'Bộ Chính trị', title: 'về ban hành quy chế công tác dân vận của hệ thống chính trị' },
  { kind: 'party', word: 'Chỉ thị', num: 43, code: 'CT', issuer: 'TW', date: [14, 5, 2015], body: 'Ban Bí thư', title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam' },
  { kind: 'party', word: 'Kết luận', num: 120, code: 'KL', issuer: 'TW', date: [7, 1, 2016], body: 'Bộ Chính trị', title: 'về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở' },
  { kind: 'party', word: 'Quyết định', num: 217, code: 'QĐ', issuer: 'TW', date: [12, 12, 2013], body: 'Bộ Chính trị', title: 'về ban hành Quy chế giám sát và phản biện xã hội của MTTQ và các đoàn thể chính trị - xã hội' },
  { kind: 'party', word: 'Quyết định', num: 218, code: 'QĐ', issuer: 'TW', date: [12, 12, 2013], body: 'Bộ Chính trị', title: 'về việc MTTQ Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền' },
  { kind: 'party', word: 'Thông báo kết luận', num: 292, code: 'TB', issuer: 'TW', date: [18, 9, 2009], body: 'Ban Bí thư', title: 'về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh' },
  { kind: 'party', word: 'Quyết định', num: 461, code: 'QĐ', issuer: 'TU', date: [14, 12, 2021], body: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ninh', local: true },
  { kind: 'party', word: 'Chỉ thị', num: 21, code: 'CT', issuer: 'TU', date: [22, 12, 2021], body: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', title: 'về tăng cường sự lãnh đạo của Đảng, nâng cao chất lượng, hiệu quả hoạt động của MTTQ ở khu dân cư', local: true },
  { kind: 'party', word: 'Nghị quyết', num: 18, code: 'NQ', issuer: 'TW', date: [25, 10, 2017], body: 'Ban Chấp hành Trung ương Đảng (khóa XII)', title: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' },
  { kind: 'party', word: 'Nghị quyết', num: 18, code: 'NQ', issuer: 'TW', date: [16, 6, 2022], body: 'Ban Chấp hành Trung ương Đảng (khóa XIII)', title: 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất' },
  { kind: 'party', word: 'Chỉ thị', num: 35, code: 'CT', issuer: 'TW', date: [14, 6, 2024], body: 'Bộ Chính trị', title: 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' },
  { kind: 'party', word: 'Chỉ thị', num: 35, code: 'CT', issuer: 'TW', date: [30, 5, 2019], body: 'Bộ Chính trị', title: 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng' },
  { kind: 'party', word: 'Hướng dẫn', num: 36, code: 'HD', issuer: 'VPTW', date: [3, 4, 2018], body: 'Văn phòng Trung ương Đảng', title: 'thể thức và kỹ thuật trình bày văn bản của Đảng' },
  { kind: 'party', word: 'Quy định', num: 66, code: 'QĐ', issuer: 'TW', date: [6, 2, 2017], body: 'Ban Chấp hành Trung ương Đảng (khóa XII)', title: 'về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng' },
  { kind: 'state', word: 'Nghị định', num: 30, year: 2020, code: 'NĐ', issuer: 'CP', date: [5, 3, 2020], body: 'Chính phủ', title: 'về công tác văn thư' },
  { kind: 'state', word: 'Quyết định', num: 18, year: 2020, code: 'QĐ', issuer: 'TTg', date: [22, 6, 2020], body: 'Thủ tướng Chính phủ', title: 'về việc ban hành Quy chế hoạt động của Ban Chỉ đạo' },
];

/** The Party committee term (khóa) in force on a year, for "(khóa XI)". */
export function termOf(year) {
  if (year < 2001) return 'VIII';
  if (year < 2006) return 'IX';
  if (year < 2011) return 'X';
  if (year < 2016) return 'XI';
  if (year < 2021) return 'XII';
  if (year < 2026) return 'XIII';
  return 'XIV';
}

function pickWeighted(rng, items) {
  let total = 0;
  for (const it of items) total += it.w;
  let r = rng() * total;
  for (const it of items) {
    r -= it.w;
    if (r < 0) return it;
  }
  return items[items.length - 1];
}

function titleFor(rng) {
  const field = FIELDS[Math.floor(rng() * FIELDS.length)];
  const head = TITLE_HEADS[Math.floor(rng() * TITLE_HEADS.length)];
  const tail = TITLE_TAILS[Math.floor(rng() * TITLE_TAILS.length)];
  return `${head} ${field}${tail ? ' ' + tail : ''}`;
}

/**
 * Builds the directive list, most cited first: the seed directives, then `count` invented
 * ones. Deterministic for a given rng. Duplicate identities are dropped; the same symbol in
 * different terms or provinces is kept on purpose (domain.md §1: a symbol is not an identity).
 */
export function buildDirectives(rng, count) {
  const list = SEED_DIRECTIVES.map((d) => ({ ...d }));
  const seen = new Set(list.map((d) => `${d.num}|${d.code}|${d.issuer}|${d.date[2]}|${d.body}`));
  while (list.length < count) {
    const year = 1998 + Math.floor(rng() * 28);
    const day = 1 + Math.floor(rng() * 28);
    const month = 1 + Math.floor(rng() * 12);
    let d;
    if (rng() < 0.66) {
      const t = pickWeighted(rng, PARTY_TYPES);
      const iss = pickWeighted(rng, PARTY_ISSUERS);
      if ((iss.since && year < iss.since) || (iss.until && year > iss.until)) continue;
      const province = PROVINCES[Math.floor(rng() * PROVINCES.length)];
      let body;
      if (iss.code === 'TW') {
        if (t.code === 'NQ' && rng() < 0.6) body = `Ban Chấp hành Trung ương Đảng (khóa ${termOf(year)})`;
        else if (t.code === 'TB' || t.code === 'HD') body = 'Ban Bí thư';
        else body = rng() < 0.55 ? 'Bộ Chính trị' : 'Ban Bí thư';
      } else {
        body = iss.body(province);
      }
      const num = 1 + Math.floor(Math.pow(rng(), 1.3) * (iss.code === 'TW' ? t.max : Math.min(t.max, 150)));
      let issuer = iss.code;
      // Joint guidance and an extra suffix are rare but real (06-HD/BTCTW-BTGTW, 919-CV/VPTW/nb).
      if (t.code === 'HD' && iss.code === 'BTCTW' && rng() < 0.3) issuer = 'BTCTW-BTGTW';
      if (t.code === 'CV' && iss.code === 'VPTW' && rng() < 0.5) issuer = 'VPTW/nb';
      d = { kind: 'party', word: t.word, num, code: t.code, issuer, date: [day, month, year], body, title: titleFor(rng), local: !!iss.local };
    } else {
      const s = pickWeighted(rng, STATE_SHAPES);
      const num = 1 + Math.floor(Math.pow(rng(), 1.2) * s.max);
      const province = PROVINCES[Math.floor(rng() * PROVINCES.length)];
      const body = s.local ? `${s.body} ${province}` : s.body;
      const issuer = s.issuer === 'QH' ? `QH${year < 2016 ? 13 : year < 2021 ? 14 : 15}` : s.issuer;
      d = { kind: 'state', word: s.word, num, year: s.year ? year : undefined, code: s.code, issuer, date: [day, month, year], body, title: titleFor(rng), local: !!s.local, law: !!s.law };
    }
    const key = `${d.num}|${d.code}|${d.issuer}|${d.date[2]}|${d.body}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(d);
  }
  return list;
}

/** The canonical symbol of a directive: `290-QĐ/TW`, `30/2020/NĐ-CP`, `10/2022/QH15`, `123/UBND-VP`. */
export function canonicalSymbol(d) {
  if (d.kind === 'party') return `${d.num}-${d.code}/${d.issuer}`;
  if (d.law) return d.code ? `${d.num}/${d.year}/${d.issuer}` : `${d.num}/${d.year}/${d.issuer}`;
  if (d.code === null) return `${d.num}/${d.issuer}`;
  return d.year ? `${d.num}/${d.year}/${d.code}-${d.issuer}` : `${d.num}/${d.code}-${d.issuer}`;
}

/**
 * A Zipf-like sampler over ranks 0..n-1: P(rank r) ∝ 1 / (r + 1)^s. Returns a function of a
 * uniform number in [0, 1) so callers keep control of their random stream.
 */
export function zipfSampler(n, s = 1.05) {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let r = 0; r < n; r++) {
    acc += 1 / Math.pow(r + 1, s);
    cdf[r] = acc;
  }
  for (let r = 0; r < n; r++) cdf[r] /= acc;
  return (u) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad2 = (n) => String(n).padStart(2, '0');

/** A date as written after a symbol, in one of the forms of domain.md §2 (null: no date). */
function dateText(rng, [day, month, year]) {
  const r = rng();
  // Real counts after a symbol: none 952, "ngày d/m/yyyy" 335, ", ngày" 141, "ngày dd tháng mm năm yyyy" 116,
  // "ngày d-m-yyyy" 14, "(ngày …)" 2, "ngày d.m.yyyy" 2 (of 1,562).
  if (r < 0.6) return null;
  // Zero-padding of days and months varies between writers.
  const padded = rng() < 0.5;
  const dd = padded ? pad2(day) : String(day);
  const mm = padded || month < 3 ? pad2(month) : String(month);
  const q = (r - 0.6) / 0.4;
  if (q < 0.54) return ` ngày ${dd}/${mm}/${year}`;
  if (q < 0.77) return `, ngày ${dd}/${mm}/${year}`;
  if (q < 0.955) return ` ngày ${pad2(day)} tháng ${pad2(month)} năm ${year}`;
  if (q < 0.98) return ` ngày ${dd}-${mm}-${year}`;
  if (q < 0.99) return ` (ngày ${dd}/${mm}/${year})`;
  return ` ngày ${dd}.${mm}.${year}`;
}

/**
 * The symbol as a writer typed it: usually canonical, sometimes with one of the real errors of
 * domain.md §3 (space around the hyphen, en-dash, TƯ, state style, QD, Ð, missing hyphen,
 * leading zero). `stats` counts each variant so the corpus summary can report them.
 */
export function writtenSymbol(rng, d, stats) {
  const r = rng();
  if (d.kind === 'party') {
    let num = d.num < 10 && rng() < 0.5 ? pad2(d.num) : String(d.num);
    const tw = d.issuer.endsWith('TW');
    // Cumulative thresholds; a variant that cannot apply to this symbol leaves it canonical.
    const variant =
      r < 0.019 ? 'space' : r < 0.033 ? 'endash' : r < 0.047 ? (tw ? 'tu' : 'canonical') : r < 0.062 ? 'stateStyle'
        : r < 0.064 ? (d.code.includes('Đ') ? 'qd' : 'canonical') : r < 0.069 ? (/Đ/.test(d.code + d.issuer) ? 'eth' : 'canonical')
          : r < 0.0695 ? 'nohyphen' : r < 0.071 ? (d.word === 'Quy định' ? 'qdi' : 'canonical') : 'canonical';
    stats[variant] = (stats[variant] ?? 0) + 1;
    if (num !== String(d.num)) stats.leadingZero = (stats.leadingZero ?? 0) + 1;
    switch (variant) {
      case 'space': return [`${num}- ${d.code}/${d.issuer}`, `${num} -${d.code}/${d.issuer}`, `${num} - ${d.code}/${d.issuer}`][Math.floor(rng() * 3)];
      case 'endash': return rng() < 0.5 ? `${num} – ${d.code}/${d.issuer}` : `${num}–${d.code}/${d.issuer}`;
      case 'tu': return `${num}-${d.code}/${d.issuer.replace(/TW$/, 'TƯ')}`;
      case 'stateStyle': return `${num}/${d.code}-${d.issuer}`;
      case 'qd': return `${num}-${d.code.replace('Đ', 'D')}/${d.issuer}`;
      case 'eth': return `${num}-${d.code.replace('Đ', 'Ð')}/${d.issuer.replace('Đ', 'Ð')}`;
      case 'nohyphen': return `${num}${d.code}/${d.issuer}`;
      case 'qdi': return `${num}-QĐi/${d.issuer}`;
      default: return `${num}-${d.code}/${d.issuer}`;
    }
  }
  const canon = canonicalSymbol(d);
  const hasD = canon.includes('Đ');
  const variant = r < 0.004 ? (d.code && !d.year ? 'partyStyle' : 'canonical') : r < 0.009 ? 'endash'
    : r < 0.012 ? (hasD ? 'eth' : 'canonical') : r < 0.014 ? (hasD ? 'qd' : 'canonical') : 'canonical';
  stats['state_' + variant] = (stats['state_' + variant] ?? 0) + 1;
  switch (variant) {
    case 'partyStyle': return `${d.num}-${d.code}/${d.issuer}`;
    case 'endash': return canon.replace(/-(?=[^-]*$)/, '–');
    case 'eth': return canon.replace('Đ', 'Ð');
    case 'qd': return canon.replace('Đ', 'D');
    default: return canon;
  }
}

const OTHER_WORDS = ['Quyết định', 'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quy định'];

/**
 * One citation of `d` as it appears in running text. A full citation carries the type word,
 * maybe "số", a date, the issuing body and the title in the proportions of domain.md §2; a short
 * mention is "Chỉ thị 43" or the type word with the symbol.
 */
export function citationText(rng, d, full, stats) {
  if (!full) {
    const r = rng();
    if (d.kind === 'party' && r < 0.3) {
      stats.shortMention = (stats.shortMention ?? 0) + 1;
      return `${d.word} ${d.num}`;
    }
    // A bare symbol without its type word is rare (the type word is there in ~97% of citations).
    if (r > 0.94) return writtenSymbol(rng, d, stats);
    return `${d.word} ${rng() < 0.3 ? 'số ' : ''}${writtenSymbol(rng, d, stats)}`;
  }
  let word = d.word;
  if (rng() < 0.003) {
    // The type word disagrees with the code: "Quyết định số 34-NQ/TW" (6 of 2,252).
    word = OTHER_WORDS.find((w) => w !== d.word) ?? word;
    stats.wrongTypeWord = (stats.wrongTypeWord ?? 0) + 1;
  }
  let s = rng() < 0.97 ? `${word} ${rng() < 0.45 ? 'số ' : ''}` : '';
  s += writtenSymbol(rng, d, stats);
  let date = d.date;
  const q = rng();
  if (q < 0.01) date = [Math.min(28, date[0] + 1 + Math.floor(rng() * 5)), date[1], date[2]];
  else if (q < 0.0015 + 0.01) date = [31, 2, date[2]];
  const dt = dateText(rng, date);
  if (dt) s += dt;
  if (rng() < (dt ? 0.7 : 0.25)) s += ` của ${rng() < 0.02 && d.body.startsWith('Ban Chấp hành') ? 'BCH T.Ư' : d.body}`;
  if (rng() < 0.35) {
    if (rng() < 0.7) s += ` ${d.title}`;
    else s += ` “${d.title.charAt(0).toUpperCase()}${d.title.slice(1)}”`;
  }
  return s;
}

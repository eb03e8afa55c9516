/**
 * The issuer vocabulary: what the issuer codes of directive symbols stand for (`BCĐ` → Ban Chỉ
 * đạo, `TGV` → Tổ giúp việc, `MTTQ` → Mặt trận Tổ quốc Việt Nam, `HĐNN7` → Hội đồng Nhà nước
 * khóa 7, …) and which kind of body each is. The scanner recognises symbols by their shape and
 * asks this table only to classify them (issue 14): an issuer it does not know is kept and shown
 * as unknown, never dropped.
 *
 * Data, not logic: one table of codes, then three rules that build the codes real texts compose
 * from it — an agency prefix and a committee ending (`BTC` + `TW` → Ban Tổ chức Trung ương),
 * "Đảng ủy" or "Ban cán sự đảng" and an organisation (`ĐUBTC` → Đảng ủy Bộ Tài chính), "Sở" and
 * a ministry (`SGDĐT` → Sở Giáo dục và Đào tạo). Each row says where the name comes from.
 */

/** Bumped whenever a row or a rule changes what a code means. */
export const ISSUER_VOCABULARY_VERSION = '2026-12-03';

/**
 * Who issues a document, as the scanner classifies its symbol:
 * - `party-committee`: a Party committee (cấp ủy) — Trung ương, Tỉnh ủy, Huyện ủy, Đảng ủy …;
 * - `party-body`: another Party body — its agencies (ban, ủy ban kiểm tra, văn phòng), steering
 *   committees (ban chỉ đạo) and their working groups, ban cán sự đảng, đảng ủy of a ministry or a
 *   bloc, the Party's academy and press;
 * - `front`: the Fatherland Front and the mass organisations (Đoàn, Hội, Công đoàn);
 * - `state`: a state body of today (Chính phủ, Thủ tướng, bộ, sở, Ủy ban nhân dân, Quốc hội …);
 * - `state-historic`: a state body that no longer exists or an old way of writing one
 *   (Hội đồng Bộ trưởng, Hội đồng Nhà nước, Ban Thường vụ Quốc hội before 1981);
 * - `unknown`: a code of the issuer shape that the vocabulary does not know.
 */
export type IssuerClass = 'party-committee' | 'party-body' | 'front' | 'state' | 'state-historic' | 'unknown';

/** Every class, in a fixed order (the index stores a class as its position here). */
export const ISSUER_CLASSES: readonly IssuerClass[] = ['party-committee', 'party-body', 'front', 'state', 'state-historic', 'unknown'];

/** What the vocabulary knows of one issuer code. */
export interface IssuerInfo {
  /** The code as looked up (lookalikes folded), with its term number if it has one (`HĐNN7`). */
  readonly code: string;
  readonly class: IssuerClass;
  /** The body's name in Vietnamese, as a citation's "của …" would write it. */
  readonly vi: string;
  readonly en: string;
}

/** Where a symbol's shape puts its issuers: after the slash of a Party symbol, or after the type code of a state one. */
export type SymbolShape = 'party' | 'state';

/** Sources of the rows below, cited by key. */
export const ISSUER_SOURCES: Readonly<Record<string, string>> = {
  hd36: 'Hướng dẫn 36-HD/VPTW (2018) về thể thức văn bản của Đảng, §1.3 (tên cơ quan, ký hiệu)',
  nd30: 'Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (chữ viết tắt tên cơ quan, tổ chức)',
  domain: 'shared/docs/domain.md §1 (issuer codes seen in real text)',
  issue14: 'issue 14: forms seen in real articles, 2015–2025',
  pages: 'symbols and the bodies named beside them in published articles (believed)',
};

/** One row: code, class, Vietnamese and English names, source key; `party` when the code means another body in a Party symbol. */
interface Row {
  readonly code: string;
  readonly class: IssuerClass;
  readonly vi: string;
  readonly en: string;
  readonly source: keyof typeof ISSUER_SOURCES;
  /** What the code means after the slash of a Party symbol when that differs (`BTC`: Bộ Tài chính / Ban Tổ chức). */
  readonly party?: { readonly class: IssuerClass; readonly vi: string; readonly en: string };
  /**
   * The code may carry a number: a term (`QH15`, `UBTVQH14`, `HĐNN7`) or a name (`BCĐ35`: Ban Chỉ
   * đạo 35, `BCĐ389`: Ban Chỉ đạo 389).
   */
  readonly numbered?: 'term' | 'name';
}

const ROWS: readonly Row[] = [
  // Party committees.
  { code: 'TW', class: 'party-committee', vi: 'Trung ương Đảng', en: 'the Party Central Committee', source: 'hd36' },
  { code: 'TU', class: 'party-committee', vi: 'Tỉnh ủy', en: 'a provincial Party committee', source: 'hd36' },
  { code: 'ThU', class: 'party-committee', vi: 'Thành ủy', en: 'a city Party committee', source: 'hd36' },
  { code: 'HU', class: 'party-committee', vi: 'Huyện ủy', en: 'a district Party committee', source: 'hd36' },
  { code: 'QU', class: 'party-committee', vi: 'Quận ủy', en: 'an urban district Party committee', source: 'hd36' },
  { code: 'ĐU', class: 'party-committee', vi: 'Đảng ủy', en: 'a Party committee', source: 'hd36' },
  { code: 'ĐUK', class: 'party-body', vi: 'Đảng ủy Khối', en: 'a bloc Party committee', source: 'hd36' },
  { code: 'QUTW', class: 'party-committee', vi: 'Quân ủy Trung ương', en: 'the Central Military Commission', source: 'domain' },
  // Party bodies with a code of their own.
  { code: 'BCSĐ', class: 'party-body', vi: 'Ban cán sự đảng', en: 'a Party delegation', source: 'hd36' },
  { code: 'BCS', class: 'party-body', vi: 'Ban cán sự đảng', en: 'a Party delegation', source: 'issue14' },
  { code: 'CQTTBCĐ', class: 'party-body', vi: 'Cơ quan thường trực Ban Chỉ đạo', en: 'the standing office of a steering committee', source: 'issue14' },
  { code: 'TGV', class: 'party-body', vi: 'Tổ giúp việc', en: 'a working group', source: 'issue14' },
  { code: 'HVCTQG', class: 'party-body', vi: 'Học viện Chính trị quốc gia Hồ Chí Minh', en: 'the Ho Chi Minh National Academy of Politics', source: 'issue14' },
  { code: 'ND', class: 'party-body', vi: 'Báo Nhân Dân', en: 'the Nhân Dân newspaper', source: 'issue14' },
  { code: 'TCCS', class: 'party-body', vi: 'Tạp chí Cộng sản', en: 'the Communist Review', source: 'pages' },
  { code: 'BCĐ', class: 'state', vi: 'Ban Chỉ đạo', en: 'a steering committee', source: 'issue14', party: { class: 'party-body', vi: 'Ban Chỉ đạo', en: 'a steering committee' }, numbered: 'name' },
  { code: 'VP', class: 'state', vi: 'Văn phòng', en: 'an office', source: 'nd30', party: { class: 'party-body', vi: 'Văn phòng', en: 'an office' } },
  // The Fatherland Front and the mass organisations.
  { code: 'MTTQ', class: 'front', vi: 'Mặt trận Tổ quốc Việt Nam', en: 'the Vietnam Fatherland Front', source: 'issue14' },
  { code: 'MTTQVN', class: 'front', vi: 'Mặt trận Tổ quốc Việt Nam', en: 'the Vietnam Fatherland Front', source: 'domain' },
  { code: 'MTTW', class: 'front', vi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', en: 'the Central Committee of the Vietnam Fatherland Front', source: 'issue14' },
  { code: 'UBTWMTTQVN', class: 'front', vi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', en: 'the Central Committee of the Vietnam Fatherland Front', source: 'domain' },
  { code: 'BVĐTW', class: 'front', vi: 'Ban Vận động Trung ương (Mặt trận Tổ quốc Việt Nam)', en: 'a central campaign board of the Fatherland Front', source: 'issue14' },
  { code: 'TWĐTN', class: 'front', vi: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', en: 'the Central Committee of the Ho Chi Minh Communist Youth Union', source: 'issue14' },
  { code: 'TWĐ', class: 'front', vi: 'Trung ương Đoàn TNCS Hồ Chí Minh', en: 'the Central Committee of the Ho Chi Minh Communist Youth Union', source: 'pages' },
  { code: 'TWH', class: 'front', vi: 'Trung ương Hội Liên hiệp Thanh niên Việt Nam', en: 'the Central Committee of the Vietnam Youth Federation', source: 'issue14' },
  { code: 'TLĐLĐVN', class: 'front', vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'the Vietnam General Confederation of Labour', source: 'domain' },
  { code: 'TLĐ', class: 'front', vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'the Vietnam General Confederation of Labour', source: 'pages' },
  { code: 'HLHPNVN', class: 'front', vi: 'Hội Liên hiệp Phụ nữ Việt Nam', en: 'the Vietnam Women\'s Union', source: 'pages' },
  { code: 'HNDVN', class: 'front', vi: 'Hội Nông dân Việt Nam', en: 'the Vietnam Farmers\' Union', source: 'pages' },
  { code: 'HCCBVN', class: 'front', vi: 'Hội Cựu chiến binh Việt Nam', en: 'the Vietnam Veterans\' Association', source: 'pages' },
  // State bodies.
  { code: 'CP', class: 'state', vi: 'Chính phủ', en: 'the Government', source: 'nd30' },
  { code: 'TTg', class: 'state', vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister', source: 'nd30' },
  { code: 'QH', class: 'state', vi: 'Quốc hội', en: 'the National Assembly', source: 'nd30', numbered: 'term' },
  { code: 'UBTVQH', class: 'state', vi: 'Ủy ban Thường vụ Quốc hội', en: 'the Standing Committee of the National Assembly', source: 'nd30', numbered: 'term' },
  { code: 'CTN', class: 'state', vi: 'Chủ tịch nước', en: 'the President', source: 'nd30' },
  { code: 'VPCP', class: 'state', vi: 'Văn phòng Chính phủ', en: 'the Government Office', source: 'nd30' },
  { code: 'NHNN', class: 'state', vi: 'Ngân hàng Nhà nước Việt Nam', en: 'the State Bank of Vietnam', source: 'nd30' },
  { code: 'UBND', class: 'state', vi: 'Ủy ban nhân dân', en: 'a People\'s Committee', source: 'nd30' },
  { code: 'HĐND', class: 'state', vi: 'Hội đồng nhân dân', en: 'a People\'s Council', source: 'nd30' },
  { code: 'BNV', class: 'state', vi: 'Bộ Nội vụ', en: 'the Ministry of Home Affairs', source: 'nd30' },
  { code: 'BTC', class: 'state', vi: 'Bộ Tài chính', en: 'the Ministry of Finance', source: 'nd30', party: { class: 'party-body', vi: 'Ban Tổ chức', en: 'an organisation commission' } },
  { code: 'BGDĐT', class: 'state', vi: 'Bộ Giáo dục và Đào tạo', en: 'the Ministry of Education and Training', source: 'nd30' },
  { code: 'BYT', class: 'state', vi: 'Bộ Y tế', en: 'the Ministry of Health', source: 'nd30' },
  { code: 'BCA', class: 'state', vi: 'Bộ Công an', en: 'the Ministry of Public Security', source: 'nd30' },
  { code: 'BQP', class: 'state', vi: 'Bộ Quốc phòng', en: 'the Ministry of National Defence', source: 'nd30' },
  { code: 'BTP', class: 'state', vi: 'Bộ Tư pháp', en: 'the Ministry of Justice', source: 'nd30' },
  { code: 'BCT', class: 'state', vi: 'Bộ Công Thương', en: 'the Ministry of Industry and Trade', source: 'nd30' },
  { code: 'BXD', class: 'state', vi: 'Bộ Xây dựng', en: 'the Ministry of Construction', source: 'nd30' },
  { code: 'BKHĐT', class: 'state', vi: 'Bộ Kế hoạch và Đầu tư', en: 'the Ministry of Planning and Investment', source: 'nd30' },
  { code: 'BNNPTNT', class: 'state', vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'the Ministry of Agriculture and Rural Development', source: 'nd30' },
  { code: 'BNNMT', class: 'state', vi: 'Bộ Nông nghiệp và Môi trường', en: 'the Ministry of Agriculture and Environment', source: 'pages' },
  { code: 'BTNMT', class: 'state', vi: 'Bộ Tài nguyên và Môi trường', en: 'the Ministry of Natural Resources and Environment', source: 'nd30' },
  { code: 'BLĐTBXH', class: 'state', vi: 'Bộ Lao động - Thương binh và Xã hội', en: 'the Ministry of Labour, Invalids and Social Affairs', source: 'nd30' },
  { code: 'BVHTTDL', class: 'state', vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'the Ministry of Culture, Sports and Tourism', source: 'nd30' },
  { code: 'BTTTT', class: 'state', vi: 'Bộ Thông tin và Truyền thông', en: 'the Ministry of Information and Communications', source: 'nd30' },
  { code: 'BGTVT', class: 'state', vi: 'Bộ Giao thông vận tải', en: 'the Ministry of Transport', source: 'nd30' },
  { code: 'BKHCN', class: 'state', vi: 'Bộ Khoa học và Công nghệ', en: 'the Ministry of Science and Technology', source: 'nd30' },
  { code: 'BNG', class: 'state', vi: 'Bộ Ngoại giao', en: 'the Ministry of Foreign Affairs', source: 'nd30' },
  { code: 'BDTTG', class: 'state', vi: 'Bộ Dân tộc và Tôn giáo', en: 'the Ministry of Ethnic and Religious Affairs', source: 'pages' },
  { code: 'UBDT', class: 'state', vi: 'Ủy ban Dân tộc', en: 'the Committee for Ethnic Minority Affairs', source: 'nd30' },
  { code: 'TTCP', class: 'state', vi: 'Thanh tra Chính phủ', en: 'the Government Inspectorate', source: 'nd30' },
  { code: 'TANDTC', class: 'state', vi: 'Tòa án nhân dân tối cao', en: 'the Supreme People\'s Court', source: 'nd30' },
  { code: 'VKSNDTC', class: 'state', vi: 'Viện kiểm sát nhân dân tối cao', en: 'the Supreme People\'s Procuracy', source: 'nd30' },
  { code: 'KTNN', class: 'state', vi: 'Kiểm toán nhà nước', en: 'the State Audit Office', source: 'nd30' },
  { code: 'BHXH', class: 'state', vi: 'Bảo hiểm xã hội Việt Nam', en: 'Vietnam Social Security', source: 'nd30' },
  { code: 'TCT', class: 'state', vi: 'Tổng cục Thuế', en: 'the General Department of Taxation', source: 'issue14' },
  { code: 'TCHQ', class: 'state', vi: 'Tổng cục Hải quan', en: 'the General Department of Customs', source: 'nd30' },
  { code: 'VPQH', class: 'state', vi: 'Văn phòng Quốc hội', en: 'the Office of the National Assembly', source: 'nd30' },
  { code: 'HĐTĐKT', class: 'state', vi: 'Hội đồng Thi đua - Khen thưởng', en: 'an Emulation and Commendation Council', source: 'pages' },
  { code: 'BCĐQG', class: 'state', vi: 'Ban Chỉ đạo quốc gia', en: 'a national steering committee', source: 'pages' },
  // Historic state bodies and old ways of writing them.
  { code: 'HĐBT', class: 'state-historic', vi: 'Hội đồng Bộ trưởng', en: 'the Council of Ministers (1981–1992)', source: 'domain' },
  { code: 'HĐNN', class: 'state-historic', vi: 'Hội đồng Nhà nước', en: 'the Council of State (1981–1992)', source: 'issue14', numbered: 'term' },
  { code: 'TVQH', class: 'state-historic', vi: 'Ban Thường vụ Quốc hội', en: 'the Standing Committee of the National Assembly (before 1981)', source: 'domain' },
  { code: 'HĐCP', class: 'state-historic', vi: 'Hội đồng Chính phủ', en: 'the Council of Government (1960–1981)', source: 'domain' },
  { code: 'UB', class: 'state-historic', vi: 'Ủy ban hành chính, Ủy ban nhân dân', en: 'an administrative or People\'s Committee', source: 'issue14' },
  { code: 'QP', class: 'state-historic', vi: 'Bộ Quốc phòng', en: 'the Ministry of National Defence', source: 'issue14' },
  { code: 'SL', class: 'state-historic', vi: 'Chủ tịch nước (Sắc lệnh)', en: 'the President (decree-law)', source: 'issue14' },
];

/**
 * Agency prefixes that combine with a committee ending (`BTC` + `TU` → Ban Tổ chức Tỉnh ủy).
 * A prefix alone is not a code: `BTC` alone is the Ministry of Finance.
 */
const AGENCY_PREFIXES: readonly { readonly prefix: string; readonly vi: string; readonly en: string }[] = [
  { prefix: 'BTGDV', vi: 'Ban Tuyên giáo và Dân vận', en: 'the Propaganda, Education and Mass Mobilisation Commission of' },
  { prefix: 'BTC', vi: 'Ban Tổ chức', en: 'the Organisation Commission of' },
  { prefix: 'BTG', vi: 'Ban Tuyên giáo', en: 'the Propaganda and Education Commission of' },
  { prefix: 'BDV', vi: 'Ban Dân vận', en: 'the Mass Mobilisation Commission of' },
  { prefix: 'UBKT', vi: 'Ủy ban Kiểm tra', en: 'the Inspection Commission of' },
  { prefix: 'VP', vi: 'Văn phòng', en: 'the Office of' },
  { prefix: 'BNC', vi: 'Ban Nội chính', en: 'the Internal Affairs Commission of' },
  { prefix: 'BKT', vi: 'Ban Kinh tế', en: 'the Economic Commission of' },
  { prefix: 'BĐN', vi: 'Ban Đối ngoại', en: 'the External Relations Commission of' },
  { prefix: 'BCĐ', vi: 'Ban Chỉ đạo', en: 'a steering committee of' },
  { prefix: 'BCS', vi: 'Ban cán sự đảng', en: 'the Party delegation of' },
  { prefix: 'BBVCSSK', vi: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ', en: 'the Health Care Board of' },
  { prefix: 'HĐLL', vi: 'Hội đồng Lý luận', en: 'the Theoretical Council of' },
  { prefix: 'ĐUQS', vi: 'Đảng ủy Quân sự', en: 'the Military Party Committee of' },
  { prefix: 'ĐUCA', vi: 'Đảng ủy Công an', en: 'the Public Security Party Committee of' },
  { prefix: 'ĐUKCQ', vi: 'Đảng ủy Khối các cơ quan', en: 'the Party Committee of the agencies of' },
  { prefix: 'ĐUKDN', vi: 'Đảng ủy Khối Doanh nghiệp', en: 'the Party Committee of the enterprises of' },
];

/** Committee endings, longest first (`ĐUK` before `ĐU`), with the name they add. */
const ENDINGS: readonly { readonly ending: string; readonly vi: string; readonly en: string }[] = [
  { ending: 'ĐUK', vi: 'Đảng ủy Khối', en: 'a bloc Party committee' },
  { ending: 'TW', vi: 'Trung ương', en: 'the Party Central Committee' },
  { ending: 'TU', vi: 'Tỉnh ủy', en: 'a provincial Party committee' },
  { ending: 'ThU', vi: 'Thành ủy', en: 'a city Party committee' },
  { ending: 'HU', vi: 'Huyện ủy', en: 'a district Party committee' },
  { ending: 'QU', vi: 'Quận ủy', en: 'an urban district Party committee' },
  { ending: 'ĐU', vi: 'Đảng ủy', en: 'a Party committee' },
];

const BY_CODE: ReadonlyMap<string, Row> = new Map(ROWS.map((r) => [r.code, r]));

/**
 * Folds the lookalikes of an issuer or type code to the letters they imitate: the Icelandic Eth
 * `Ð` to `Đ`, and Cyrillic and Greek capitals that render like Latin ones (`BТС` typed with a
 * Cyrillic Т and С is `BTC`). Returns the code unchanged when it has none.
 */
export function foldLookalikes(code: string): string {
  let out: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    const to = c < 0x370 && c !== 0xd0 ? undefined : LOOKALIKES.get(c);
    if (to !== undefined) {
      out ??= code.slice(0, i);
      out += to;
    } else if (out !== undefined) {
      out += code[i];
    }
  }
  return out ?? code;
}

/** Whether a code has a Cyrillic or Greek lookalike letter (the Eth is reported on its own). */
export function hasForeignLookalike(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 0x370 && LOOKALIKES.has(c)) return true;
  }
  return false;
}

/** The first Cyrillic or Greek lookalike of a code, as `U+0422`, for messages. */
export function firstForeignLookalike(code: string): string | undefined {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 0x370 && LOOKALIKES.has(c)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

/** Cyrillic and Greek letters that look like Latin ones, and the Eth; by code unit. */
const LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0xd0, 'Đ'],
  // Cyrillic capitals А В Е К М Н О Р С Т Х У І Ј Ѕ and small а е о р с х у і.
  ...[...'АВЕКМНОРСТХУІЈЅ'].map((ch, i) => [ch.charCodeAt(0), 'ABEKMHOPCTXYIJS'[i]!] as const),
  ...[...'аеорсхуі'].map((ch, i) => [ch.charCodeAt(0), 'aeopcxyi'[i]!] as const),
  // Greek capitals Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ.
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((ch, i) => [ch.charCodeAt(0), 'ABEZHIKMNOPTYX'[i]!] as const),
]);

/** Whether a (folded) code is all Latin letters, Vietnamese `Đ` and digits: what a real issuer code is made of. */
function isLatinCode(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x110 || c === 0x111 || c === 0x1af;
    if (!ok) return false;
  }
  return true;
}

const cache = { party: new Map<string, IssuerInfo | null>(), state: new Map<string, IssuerInfo | null>() };

/**
 * What an issuer code stands for in a symbol of the given shape, or undefined when the
 * vocabulary does not know it. `code` must be folded (lookalikes, `TƯ` → `TW`, no `&`).
 */
export function issuerInfo(code: string, shape: SymbolShape): IssuerInfo | undefined {
  const memo = cache[shape];
  let v = memo.get(code);
  if (v === undefined) {
    v = lookup(code, shape) ?? null;
    if (memo.size > 4096) memo.clear();
    memo.set(code, v);
  }
  return v ?? undefined;
}

function lookup(code: string, shape: SymbolShape): IssuerInfo | undefined {
  if (code === '' || !isLatinCode(code)) return undefined;
  const row = BY_CODE.get(code);
  if (row) {
    const m = shape === 'party' && row.party ? row.party : row;
    return { code, class: m.class, vi: m.vi, en: m.en };
  }
  // A term number after a code that carries one: `QH15`, `UBTVQH14`, `HĐNN7`.
  const base = /^(\D+?)(\d{1,3})$/u.exec(code);
  if (base) {
    const r = BY_CODE.get(base[1]!);
    if (!r?.numbered) return undefined;
    const m = shape === 'party' && r.party ? r.party : r;
    return r.numbered === 'term'
      ? { code, class: m.class, vi: `${m.vi} khóa ${base[2]}`, en: `${m.en}, term ${base[2]}` }
      : { code, class: m.class, vi: `${m.vi} ${base[2]}`, en: `${m.en} (${base[2]})` };
  }
  return composed(code, shape);
}

/** The codes built from parts: agency + committee ending, Đảng ủy / Ban cán sự + organisation, Sở + ministry. */
function composed(code: string, shape: SymbolShape): IssuerInfo | undefined {
  for (const e of ENDINGS) {
    if (!code.endsWith(e.ending) || code.length === e.ending.length) continue;
    const head = code.slice(0, code.length - e.ending.length);
    const agency = AGENCY_PREFIXES.find((a) => a.prefix === head);
    if (agency) return { code, class: 'party-body', vi: `${agency.vi} ${e.vi}`, en: `${agency.en} ${e.en}` };
  }
  // An agency the table does not name, of a committee it does (`TQU`, `BCĐ389TW` aside): a Party body.
  for (const e of ENDINGS) {
    const head = code.slice(0, code.length - e.ending.length);
    if (code.endsWith(e.ending) && head.length >= 1 && head.length <= 6 && /^[A-ZĐ]+$/u.test(head) && !BY_CODE.has(head)) {
      return { code, class: 'party-body', vi: `${head} (${e.vi})`, en: `${head} (${e.en})` };
    }
  }
  // "Đảng ủy" or "Ban cán sự đảng" of an organisation: `ĐUBTC`, `BCSĐCP`, `BCSĐBTC`.
  for (const [prefix, vi, en] of [['ĐU', 'Đảng ủy', 'the Party committee of'], ['BCSĐ', 'Ban cán sự đảng', 'the Party delegation of']] as const) {
    if (!code.startsWith(prefix) || code.length === prefix.length) continue;
    const org = BY_CODE.get(code.slice(prefix.length));
    if (org && org.class === 'state') return { code, class: 'party-body', vi: `${vi} ${org.vi}`, en: `${en} ${org.en}` };
  }
  // The office of a state body: `VPUBND` → Văn phòng Ủy ban nhân dân.
  if (code.startsWith('VP') && code.length > 2 && shape === 'state') {
    const body = BY_CODE.get(code.slice(2));
    if (body && body.class === 'state') return { code, class: 'state', vi: `Văn phòng ${body.vi}`, en: `the Office of ${body.en}` };
  }
  // A provincial department: "Sở" and the ministry it answers to (`SGDĐT` ← `BGDĐT`).
  if (code.length > 2 && code[0] === 'S' && shape === 'state') {
    const ministry = BY_CODE.get(`B${code.slice(1)}`);
    if (ministry && ministry.class === 'state' && ministry.vi.startsWith('Bộ ')) {
      return { code, class: 'state', vi: `Sở ${ministry.vi.slice(3)}`, en: `a provincial department (${ministry.en.replace(/^the Ministry of /u, '')})` };
    }
  }
  return undefined;
}

/** The class of a symbol's issuers: that of the first one the vocabulary knows, else unknown. */
export function classOfIssuers(issuers: readonly string[], shape: SymbolShape): IssuerClass {
  for (const i of issuers) {
    const info = issuerInfo(i, shape);
    if (info) return info.class;
  }
  return 'unknown';
}

/**
 * The class of a công văn's agency (`123/UBND-VP`: the agency, then its unit). An agency with two
 * readings (`VP`: an office of the state or of the Party) is read by its units: `279/VP-QU` is the
 * office of a Party committee.
 */
export function classOfAgency(agency: string, units: readonly string[]): IssuerClass | undefined {
  const info = issuerInfo(agency, 'state');
  if (!info) return undefined;
  if (isUnambiguous(agency)) return info.class;
  const party = units.some((u) => {
    const c = issuerInfo(u, 'party')?.class;
    return c === 'party-committee' || c === 'party-body';
  });
  return party ? issuerInfo(agency, 'party')!.class : info.class;
}

/** Whether every issuer is a Party committee or another Party body (`51/NQ-TW` is a Party symbol written the state way). */
export function allParty(issuers: readonly string[], shape: SymbolShape): boolean {
  return issuers.every((i) => {
    const c = issuerInfo(i, shape)?.class;
    return c === 'party-committee' || c === 'party-body';
  });
}

/** Whether a code carries the term of its body (`HĐNN7`, `QH15`): its documents are numbered once per term. */
export function hasTermNumber(code: string): boolean {
  const base = /^(\D+?)(\d{1,3})$/u.exec(code);
  return base !== null && BY_CODE.get(base[1]!)?.numbered === 'term';
}

/** Whether a code means the same kind of body in both shapes (no dual reading such as `BTC` or `VP`). */
export function isUnambiguous(code: string): boolean {
  return BY_CODE.get(code)?.party === undefined;
}

/** A body as a citation names it ("của Ban Tổ chức Trung ương"), with the issuer code it stands for. */
export interface NamedBody {
  readonly name: string;
  readonly code: string;
  readonly class: IssuerClass;
}

/**
 * Every body name the vocabulary gives: its rows (a parenthesised note dropped, alternatives
 * split), agency + committee ending ("Ban Tổ chức Tỉnh ủy"), and the departments of the
 * ministries ("Sở Giáo dục và Đào tạo"). The body reader matches citations against these.
 */
export function vocabularyBodies(): readonly NamedBody[] {
  const out: NamedBody[] = [];
  const add = (name: string, code: string, cls: IssuerClass) => {
    for (const n of name.replace(/\s*\([^)]*\)/gu, '').split(/,\s+(?=\p{Lu})/u)) out.push({ name: n, code, class: cls });
  };
  for (const r of ROWS) {
    add(r.vi, r.code, r.class);
    if (r.party) add(r.party.vi, r.code, r.party.class);
    if (r.class === 'state' && r.vi.startsWith('Bộ ') && r.code.startsWith('B')) add(`Sở ${r.vi.slice(3)}`, `S${r.code.slice(1)}`, 'state');
  }
  for (const a of AGENCY_PREFIXES) for (const e of ENDINGS) add(`${a.vi} ${e.vi}`, `${a.prefix}${e.ending}`, 'party-body');
  return out;
}

/**
 * The issuer codes of a symbol key, and the shape they are read in: after the slash of a Party key
 * (`83-KH/BTGDVTW-BCĐ`), after the type code of a state one (`30/2020/NĐ-CP`, `1234/QĐ-TTg`), the
 * agency and its units of a công văn (`123/UBND-VP`), the code of an old one (`275-CP`). A named
 * resolution (`ĐH-XIII`) has none.
 */
export function issuersOfKey(key: string, type: string | undefined): { readonly codes: readonly string[]; readonly shape: SymbolShape } {
  let m = /^\d+(?:\.\d+)?-[^/]+\/(.+)$/u.exec(key);
  if (m) return { codes: m[1]!.split('-'), shape: 'party' };
  m = /^\d+(?:\.\d+)?\/(?:\d{4}\/)?(.+)$/u.exec(key);
  if (m) {
    const rest = type !== undefined && m[1]!.startsWith(`${type}-`) ? m[1]!.slice(type.length + 1) : m[1]!;
    return { codes: rest.split('-'), shape: 'state' };
  }
  m = /^\d+(?:\.\d+)?-(.+)$/u.exec(key);
  return m ? { codes: [m[1]!], shape: 'state' } : { codes: [], shape: 'party' };
}

/** The issuer codes of a key with their names: "BTGDVTW — Ban Tuyên giáo và Dân vận Trung ương; BCĐ — Ban Chỉ đạo". */
export function describeIssuers(key: string, type: string | undefined, locale: 'vi' | 'en', unknown: string): string | undefined {
  const { codes, shape } = issuersOfKey(key, type);
  if (codes.length === 0) return undefined;
  return codes.map((c) => `${c} — ${issuerInfo(c, shape)?.[locale] ?? unknown}`).join('; ');
}

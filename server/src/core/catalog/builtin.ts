/**
 * The built-in catalog shipped with the server: facts only, each entry with a source and a
 * confidence (`verified`: checked against the directive's own text; `sourced`: stated by the
 * source given; `believed`: from domain.md or common knowledge, not yet checked). It is written in
 * the catalog file format itself, so it is checked by the same parser (a unit test requires zero
 * problems) and users can copy entries into their own `vanban.catalog.yaml` to correct them.
 *
 * Titles are the directives' subjects without the leading "về"; dates are ISO. A replacement is
 * written once, on either side (`replaces` or `replacedBy`): the catalog derives the other side.
 */
import { parseCatalog } from './parse';
import type { ParsedCatalog } from './types';

/** The uri of the built-in catalog (ranges of built-in entries point into `BUILTIN_CATALOG_YAML`). */
export const BUILTIN_URI = 'vanban:builtin/vanban.catalog.yaml';

/** The text of the built-in catalog. */
export const BUILTIN_CATALOG_YAML = `# Vanban built-in catalog. Sources: domain.md §4 and §6 (the seed articles), and the pages named.
version: 1
directives:
  # Công tác dân vận: the rules of the political system's mass-mobilisation work.
  - symbol: 290-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2010-02-25
    term: X
    title: ban hành Quy chế công tác dân vận của hệ thống chính trị
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 23-QĐ/TW, date: 2021-07-30, note: "believed (domain.md §4): same title, issued by the Bộ Chính trị khóa XIII" }
    source: "seed 001 (13/07/2015): date, body and title as cited; domain.md §4 for the replacement"
    confidence: sourced
  - symbol: 23-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2021-07-30
    term: XIII
    title: ban hành Quy chế công tác dân vận của hệ thống chính trị
    status: in-force
    source: "seed 000 (13/01/2022): date, body and title as cited"
    confidence: sourced
  - symbol: 25-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2013-06-03
    term: XI
    title: tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới
    status: in-force
    aliases: [Nghị quyết Trung ương 7 khóa XI]
    source: "seed 000 (13/01/2022): date, body, term and title as cited"
    confidence: sourced
  - symbol: 43-KL/TW
    type: Kết luận
    body: Ban Bí thư
    date: 2019-01-07
    term: XII
    title: tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới
    relations:
      - { kind: guides, symbol: 25-NQ/TW, date: 2019-01-07 }
    source: "common knowledge of the field; not checked against the text"
    confidence: believed
  - symbol: 120-KL/TW
    type: Kết luận
    body: Bộ Chính trị
    date: 2016-01-07
    term: XI
    title: tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở
    source: "https://baocamau.vn/video/xem-video/thuc-hien-tot-quy-che-dan-chu-o-co-so-cung-co-niem-tin-cua-nhan-dan-1409.html (Kết luận số 120 ngày 07-01-2016 của Bộ Chính trị khóa XI)"
    confidence: sourced
    notes: "Often remembered as a 2015 text; it is dated 07/01/2016, before the XII congress closed."
  - symbol: 30-CT/TW
    type: Chỉ thị
    body: Bộ Chính trị
    date: 1998-02-18
    term: VIII
    title: xây dựng và thực hiện Quy chế dân chủ ở cơ sở
    source: "http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/1054-nang-luc-cua-can-bo-xa-phuong-trong-thuc-hien-phap-lenh-dan-chu-o-co-so.html"
    confidence: sourced
  - symbol: 114-KL/TW
    type: Kết luận
    body: Ban Bí thư
    date: 2015-07-14
    term: XI
    title: nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp
    source: "common knowledge of the field; not checked against the text"
    confidence: believed
  - symbol: 49-CT/TW
    type: Chỉ thị
    body: Ban Bí thư
    date: 2015-10-20
    term: XI
    title: tăng cường và đổi mới công tác dân vận ở vùng đồng bào dân tộc thiểu số
    source: "common knowledge of the field; not checked against the text"
    confidence: believed
  - symbol: 43-CT/TW
    type: Chỉ thị
    body: Ban Bí thư
    date: 2015-05-14
    term: XI
    title: tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam
    source: "seed 001 (13/07/2015): date, body and title as cited"
    confidence: sourced
  - symbol: 292-TB/TW
    type: Thông báo
    body: Ban Bí thư
    date: 2009-09-18
    term: X
    title: "việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam"
    aliases: [Thông báo kết luận số 292-TB/TW]
    source: "seed 001 (13/07/2015): date, body and title as cited"
    confidence: sourced

  # Mặt trận Tổ quốc and the mass organisations: supervision, social criticism, Party building.
  - symbol: 217-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2013-12-12
    term: XI
    title: ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 124-QĐ/TW, date: 2023-10-04, note: believed }
    source: "https://danchuphapluat.vn/hoat-dong-giam-sat-cua-mt-tran-to-quoc-viet-nam-thuc-tien-va-mot-so-kien-nghi (Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị); replacement believed"
    confidence: sourced
  - symbol: 218-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2013-12-12
    term: XI
    title: ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền
    source: "https://www.dooboo-market.com/Content/uploads/QD218.doc (a copy of the decision: 12/12/2013, T/M Bộ Chính trị)"
    confidence: sourced
  - symbol: 124-QĐ/TW
    type: Quy định
    body: Ban Bí thư
    date: 2018-02-02
    term: XII
    title: giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên
    source: "https://daidoanket.vn/tag/tu-dien-bien (Quy định số 124 ngày 2/2/2018 of the Ban Bí thư)"
    confidence: sourced
  - symbol: 124-QĐ/TW
    type: Quy định
    body: Ban Bí thư
    date: 2023-10-04
    term: XIII
    title: giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 366-QĐ/TW, note: "2025 (domain.md §4, sourced); the day is not known here" }
    source: "domain.md §4 (date); body and title believed"
    confidence: believed
  - symbol: 366-QĐ/TW
    type: Quy định
    term: XIII
    source: "domain.md §4 (replaces 124-QĐ/TW of 04/10/2023; issued in 2025)"
    confidence: believed
  - symbol: 43-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2023-11-24
    term: XIII
    title: tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc
    aliases: [Nghị quyết Trung ương 8 khóa XIII]
    source: "http://tinhuyhaiduong.vn/news/Pages/new.aspx?CateID=4&ItemID=7225"
    confidence: sourced
  - symbol: 23-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2003-03-12
    term: IX
    title: phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh
    source: "http://tapchimattran.vn/dai-doan-ket/nghi-quyet-dai-doan-ket-toan-dan-toc-trong-thoi-ky-thuc-hien-khat-vong-phat-trien-dat-nuoc-56381.html"
    confidence: sourced

  # Two resolutions numbered 18 (domain.md §1): numbers restart with every term.
  - symbol: 18-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2017-10-25
    term: XII
    title: một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả
    aliases: [Nghị quyết Trung ương 6 khóa XII]
    source: "https://beta-hn.tek4tv.vn/video/Doi-moi-sap-xep-to-chuc-bo-may-la-doi-hoi-buc-thiet-281636.htm (Nghị quyết 18 ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khoá XII)"
    confidence: sourced
  - symbol: 18-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2022-06-16
    term: XIII
    title: tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao
    aliases: [Nghị quyết Trung ương 5 khóa XIII]
    source: "domain.md §1 (a 2022 resolution of khóa XIII on land); day and title from common knowledge"
    confidence: believed

  # Three directives numbered 35 on the Party congresses (domain.md §1).
  - symbol: 35-CT/TW
    type: Chỉ thị
    body: Bộ Chính trị
    date: 2014-05-30
    term: XI
    title: đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng
    source: "domain.md §1 (a 2014 directive numbered 35); day and title from common knowledge"
    confidence: believed
  - symbol: 35-CT/TW
    type: Chỉ thị
    body: Bộ Chính trị
    date: 2019-05-30
    term: XII
    title: đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
    source: "http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/"
    confidence: sourced
  - symbol: 35-CT/TW
    type: Chỉ thị
    body: Bộ Chính trị
    date: 2024-06-14
    term: XIII
    title: đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 45-CT/TW, date: 2025-04-14 }
    source: "https://www.evn.com.vn/d/vi-VN/news/Bo-Chinh-tri-ban-hanh-Chi-thi-so-45-CTTW-ve-dai-hoi-dang-bo-cac-cap-tien-toi-Dai-hoi-dai-bieu-toan-quoc-lan-thu-XIV-cua-Dang-60-183-502456"
    confidence: sourced
  - symbol: 118-KL/TW
    type: Kết luận
    body: Bộ Chính trị
    date: 2025-01-18
    term: XIII
    title: việc điều chỉnh, bổ sung một số nội dung Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị
    status: superseded
    relations:
      - { kind: amends, symbol: 35-CT/TW, date: 2025-01-18 }
      - { kind: replacedBy, symbol: 45-CT/TW, date: 2025-04-14 }
    source: "https://www.evn.com.vn/d/vi-VN/news/Bo-Chinh-tri-ban-hanh-Chi-thi-so-45-CTTW-ve-dai-hoi-dang-bo-cac-cap-tien-toi-Dai-hoi-dai-bieu-toan-quoc-lan-thu-XIV-cua-Dang-60-183-502456"
    confidence: sourced
  - symbol: 45-CT/TW
    type: Chỉ thị
    body: Bộ Chính trị
    date: 2025-04-14
    term: XIII
    title: đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
    source: "https://www.evn.com.vn/d/vi-VN/news/Bo-Chinh-tri-ban-hanh-Chi-thi-so-45-CTTW-ve-dai-hoi-dang-bo-cac-cap-tien-toi-Dai-hoi-dai-bieu-toan-quoc-lan-thu-XIV-cua-Dang-60-183-502456"
    confidence: sourced

  # The rules for Party documents themselves (domain.md §1, §4).
  - symbol: 31-QĐ/TW
    type: Quy định
    term: VIII
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 66-QĐ/TW, date: 2017-02-06 }
    source: "domain.md §4 (1997; replaced by 66-QĐ/TW, verified there)"
    confidence: verified
  - symbol: 91-QĐ/TW
    type: Quy định
    term: IX
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 66-QĐ/TW, date: 2017-02-06 }
    source: "domain.md §4 (2004; replaced by 66-QĐ/TW, verified there)"
    confidence: verified
  - symbol: 66-QĐ/TW
    type: Quy định
    body: Ban Chấp hành Trung ương Đảng
    date: 2017-02-06
    term: XII
    title: thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 399-QĐ/TW, date: 2026-01-09, note: "believed (domain.md §4)" }
    source: "domain.md §1, §4 (date verified there; body and title believed)"
    confidence: believed
  - symbol: 223-QĐ/TW
    date: 2020-03-06
    term: XII
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 399-QĐ/TW, date: 2026-01-09, note: "believed (domain.md §4)" }
    source: "domain.md §4"
    confidence: believed
  - symbol: 399-QĐ/TW
    type: Quy định
    date: 2026-01-09
    term: XIII
    title: thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng
    source: "domain.md §1, §4"
    confidence: believed
  - symbol: 36-HD/VPTW
    type: Hướng dẫn
    body: Văn phòng Trung ương Đảng
    date: 2018-04-03
    term: XII
    title: thể thức và kỹ thuật trình bày văn bản của Đảng
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 05-HD/VPTW, date: 2026-05-27, note: "believed (domain.md §4)" }
    source: "domain.md §1, §4 (year there; day and title believed)"
    confidence: believed
  - symbol: 05-HD/VPTW
    type: Hướng dẫn
    body: Văn phòng Trung ương Đảng
    date: 2026-05-27
    term: XIV
    source: "domain.md §4"
    confidence: believed
  - symbol: 01-HD/TW
    type: Hướng dẫn
    date: 2021-09-28
    term: XIII
    title: một số vấn đề cụ thể thi hành Điều lệ Đảng
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 06-HD/TW, note: "2025 (domain.md §4, sourced); the day is not known here" }
    source: "domain.md §4 (date and replacement); title believed"
    confidence: sourced
  - symbol: 06-HD/TW
    type: Hướng dẫn
    term: XIII
    source: "domain.md §4 (issued in 2025)"
    confidence: believed
  - symbol: 269-QĐ/TW
    date: 2014-11-25
    term: XI
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 379-QĐ/TW, date: 2025-10-22 }
    source: "domain.md §4"
    confidence: sourced
  - symbol: 379-QĐ/TW
    date: 2025-10-22
    term: XIII
    source: "domain.md §4"
    confidence: sourced
  - symbol: 270-QĐ/TW
    status: superseded
    relations:
      - { kind: replacedBy, symbol: 383-QĐ/TW, date: 2025-11-19 }
    source: "domain.md §4"
    confidence: sourced
  - symbol: 383-QĐ/TW
    date: 2025-11-19
    term: XIII
    source: "domain.md §4"
    confidence: sourced

  # Local directives cited in the seeds (domain.md §6).
  - symbol: 461-QĐ/TU
    type: Quyết định
    body: Ban Thường vụ Tỉnh ủy Quảng Ninh
    locality: Quảng Ninh
    date: 2021-12-14
    title: ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ninh
    source: "seed 003 (15/10/2022): date and title as cited"
    confidence: sourced
  - symbol: 21-CT/TU
    type: Chỉ thị
    body: Ban Thường vụ Tỉnh ủy Quảng Ninh
    locality: Quảng Ninh
    date: 2021-12-22
    title: tăng cường sự lãnh đạo của Đảng, nâng cao chất lượng, hiệu quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ở khu dân cư trên địa bàn tỉnh
    source: "seed 003 (15/10/2022): date and title as cited"
    confidence: sourced

  # State documents cited in the samples.
  - symbol: 30/2020/NĐ-CP
    type: Nghị định
    body: Chính phủ
    date: 2020-03-05
    title: công tác văn thư
    source: "common knowledge; the sample draft cites it with this date"
    confidence: believed
`;

let cached: ParsedCatalog | undefined;

/** The built-in catalog, parsed once. */
export function builtinCatalog(): ParsedCatalog {
  cached ??= parseCatalog(BUILTIN_CATALOG_YAML, 'yaml', BUILTIN_URI, 'builtin');
  return cached;
}

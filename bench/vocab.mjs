// Word lists and sentence templates for the benchmark corpus, in the style of the seed
// articles (test/fixtures/seeds/) and the report structures of shared/docs/domain.md §5.
// Kept apart from the generator so the generator stays about the mechanics.

/** Provinces, for local committees (Tỉnh ủy …) and bylines. */
export const PROVINCES = [
  'Quảng Ninh', 'Nghệ An', 'Hà Tĩnh', 'Kon Tum', 'Hòa Bình', 'Thanh Hóa', 'Lào Cai', 'Yên Bái', 'Sơn La',
  'Điện Biên', 'Lai Châu', 'Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Bắc Giang', 'Bắc Ninh', 'Thái Nguyên',
  'Tuyên Quang', 'Phú Thọ', 'Vĩnh Phúc', 'Hải Dương', 'Hưng Yên', 'Thái Bình', 'Nam Định', 'Ninh Bình',
  'Hà Nam', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên',
  'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước',
  'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh',
  'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

/** People's names for attendee lists and bylines (invented combinations of common names). */
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Hà', 'Triệu', 'Lương'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Hồng', 'Tiến', 'Công', 'Kim', 'Tất'];
export const GIVEN = ['Hòa', 'Hà', 'Thưởng', 'Hoài', 'Thắng', 'Vinh', 'Nam', 'Long', 'Thanh', 'Khiết', 'Anh', 'Hồi', 'Lực', 'Chiến', 'Khái', 'Sứ', 'Liễu', 'Lan', 'Hương', 'Dũng', 'Tuấn', 'Hùng', 'Phong', 'Bình', 'Trung', 'Quang', 'Sơn', 'Hải', 'Yến', 'Mai'];

/** Positions held by attendees. */
export const POSITIONS = [
  'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư', 'Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương',
  'Phó Bí thư Tỉnh ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy',
  'Phó Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban MTTQ tỉnh', 'Phó trưởng Ban Thường trực Ban Dân vận Trung ương',
  'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
  'Phó Chủ tịch Thường trực HĐND tỉnh', 'Bí thư Huyện ủy', 'Chủ tịch UBND huyện',
];

/** Organisations that hold conferences. */
export const ORGS = [
  'Ban Dân vận Trung ương', 'Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy',
  'Ủy ban MTTQ tỉnh', 'Ban Tổ chức Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Đảng ủy Khối các cơ quan tỉnh',
  'Ban Dân vận Huyện ủy', 'Ban Dân tộc tỉnh', 'Hội Cựu chiến binh tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh',
  'Tỉnh đoàn', 'Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh', 'Ban Thường vụ Huyện ủy',
];

/** Fields of work, used in titles and sentences. */
export const FIELDS = [
  'công tác dân vận', 'công tác tuyên giáo', 'công tác tổ chức xây dựng Đảng', 'công tác kiểm tra, giám sát',
  'công tác dân tộc', 'công tác tôn giáo', 'công tác thanh niên', 'công tác phụ nữ', 'công tác cán bộ',
  'công tác phòng, chống tham nhũng, tiêu cực', 'công tác cải cách hành chính', 'công tác quốc phòng, an ninh',
  'công tác bảo vệ nền tảng tư tưởng của Đảng', 'công tác đối ngoại nhân dân', 'công tác văn thư, lưu trữ',
  'công tác giảm nghèo bền vững', 'công tác xây dựng nông thôn mới', 'công tác chuyển đổi số',
];

/** Subjects of directives ("về …"). */
export const TITLE_HEADS = [
  'về tăng cường sự lãnh đạo của Đảng đối với', 'về việc ban hành Quy chế', 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với',
  'về nâng cao chất lượng, hiệu quả', 'về đẩy mạnh', 'về tiếp tục đổi mới, nâng cao chất lượng', 'về việc thực hiện',
  'về phát huy vai trò của Nhân dân trong', 'về xây dựng và nhân rộng các mô hình', 'về kiện toàn tổ chức bộ máy và',
  'về tiếp tục thực hiện', 'về tổng kết', 'về chiến lược phát triển', 'về chính sách hỗ trợ', 'về giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và',
];
export const TITLE_TAILS = [
  'trong tình hình mới', 'của hệ thống chính trị', 'giai đoạn 2021 - 2025, định hướng đến năm 2030', 'ở khu dân cư',
  'ở cơ sở', 'đến năm 2030, tầm nhìn đến năm 2045', 'trên địa bàn tỉnh', 'trong các cơ quan nhà nước', 'vùng đồng bào dân tộc thiểu số',
  'của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội', '',
];

/** Sentence openers and bodies that do not cite anything. */
export const PLAIN_SENTENCES = [
  'Năm {Y}, trong bối cảnh dịch bệnh COVID-19 diễn biến phức tạp, dưới sự lãnh đạo của Bộ Chính trị, Ban Bí thư, cấp ủy các cấp cùng với sự nỗ lực của cả hệ thống chính trị, {F} tiếp tục có đổi mới về nội dung, phương thức.',
  'Các cấp ủy, tổ chức đảng quan tâm lãnh đạo, chỉ đạo việc quán triệt, triển khai thực hiện nội dung {F} theo tinh thần Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và đại hội Đảng các cấp.',
  'Tập trung tuyên truyền vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026 đạt kết quả cao.',
  'Cấp ủy, tổ chức Đảng toàn tỉnh đã tiến hành {N} cuộc kiểm tra đối với {M} tổ chức, đơn vị; giám sát {N2} cuộc về lãnh đạo, chỉ đạo thực hiện các văn bản của cấp trên về {F}.',
  'Nhiều mô hình, điển hình “dân vận khéo” đã được nhân rộng, lan tỏa tích cực trong xã hội, góp phần quan trọng trong việc phát huy dân chủ, tăng cường khối đại đoàn kết dân tộc.',
  'Bên cạnh kết quả đạt được, việc lãnh đạo, chỉ đạo tổ chức thực hiện nhiệm vụ của một số cấp ủy, tổ chức Đảng, chính quyền có mặt chưa toàn diện, chất lượng, hiệu quả còn hạn chế.',
  'Công tác dân vận chính quyền, công tác dân tộc, tôn giáo, dân chủ cơ sở đạt được nhiều kết quả quan trọng theo hướng thực chất, hiệu quả, gần với dân.',
  'Phát huy vai trò của Nhân dân trong tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh; phát huy dân chủ, đẩy mạnh các phong trào thi đua yêu nước.',
  'Mọi chủ trương, chính sách của tỉnh được triển khai đều xuất phát từ lợi ích, nguyện vọng chính đáng của nhân dân, thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".',
  'Nổi bật trong năm {Y}, toàn tỉnh có {N}/{N} thôn, bản, khu phố đồng loạt tổ chức bầu cử trưởng thôn với tỷ lệ cử tri đi bầu đạt {P}%.',
  'Kết quả xây dựng và nhân rộng các mô hình trong công tác giải phóng mặt bằng, xây dựng nông thôn mới, xóa đói, giảm nghèo chưa đạt được như kỳ vọng.',
  'Các cấp ủy thực hiện nền nếp việc tổ chức giao ban định kỳ với Ban Dân vận, MTTQ và các tổ chức chính trị - xã hội cùng cấp.',
  'Đồng thời, vận động Nhân dân tích cực hưởng ứng, huy động nguồn lực xã hội tham gia phát triển KT-XH, bảo đảm QP-AN trên địa bàn.',
  'Theo đó, là tỉnh có diện tích lớn, dân số hơn {D} triệu người, trong đó đồng bào dân tộc thiểu số chiếm {P}% dân số toàn tỉnh.',
  'Hội nghị được nghe các tổ chức, đoàn thể trao đổi, chia sẻ những kinh nghiệm, mô hình hay cũng như đề xuất tháo gỡ những khó khăn, vướng mắc.',
  'Việc thực hiện dân chủ trong hoạt động của cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập có nhiều chuyển biến, phát huy tốt hơn quyền làm chủ của cán bộ, công chức, viên chức.',
  'Tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với các cuộc vận động, phong trào thi đua của địa phương, đơn vị.',
  'Nắm chắc tình hình nhân dân, tổng hợp ý kiến của nhân dân đóng góp vào dự thảo các văn kiện đại hội Đảng các cấp.',
];

/** Sentences carrying one citation, `{C}`; the citation is a full one when first mentioned. */
export const CITING_SENTENCES = [
  'Các cấp ủy, tổ chức đảng quan tâm lãnh đạo, chỉ đạo việc quán triệt, triển khai thực hiện {C}.',
  'Gắn đánh giá 5 năm thực hiện {C} với sơ kết, tổng kết văn bản của cấp ủy.',
  'Thực hiện {C}, các cấp ủy đã xây dựng kế hoạch, chương trình hành động cụ thể.',
  'Quán triệt và thực hiện {C}, những năm qua Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo {F}.',
  'Nổi bật là {C}; tiếp đó là {C}.',
  'Hội nghị trực tuyến quán triệt {C} và sơ kết {F} 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.',
  'Các cấp ủy đảng cần tăng cường lãnh đạo, chỉ đạo, đôn đốc kiểm tra thực hiện {C}, {C}.',
  'Hoàn thiện, trình và được Ban Bí thư thông qua Báo cáo sơ kết 5 năm thực hiện {C}.',
  'Tiếp tục triển khai có hiệu quả {C} gắn với {F}.',
  'Căn cứ {C}, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện.',
  'Tổ chức tổng kết 10 năm thực hiện {C}; đề xuất sửa đổi, bổ sung cho phù hợp với tình hình mới.',
  'Việc thực hiện {C} đã tạo chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên.',
  'Đồng chí đề nghị các địa phương bám sát {C} và {C} để cụ thể hóa thành chương trình công tác.',
];

/** Leads of news articles; `{D}` is "13/01", `{O}` an organisation. */
export const LEADS = [
  'Sáng {D}, {O} tổ chức Hội nghị trực tuyến toàn quốc tổng kết {F} năm {Y1}, triển khai nhiệm vụ năm {Y}.',
  'Chiều {D}, {O} tổ chức hội nghị sơ kết {F} 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm {Y}.',
  'Ngày {D}, {O} tổ chức hội nghị quán triệt, triển khai các văn bản mới của Trung ương về {F}.',
  '(Baonghean.vn) - Sáng {D}, {O} tổ chức Hội nghị sơ kết {F}.',
  '(HBĐT) - Sáng {D}, {O} tổ chức tổng kết {F} năm {Y1}, triển khai nhiệm vụ năm {Y}.',
];

/** Headlines. */
export const HEADLINES = [
  '{O} triển khai nhiệm vụ năm {Y}', 'Nhiều mô hình, điển hình dân vận khéo được nhân rộng, lan tỏa',
  'Nêu cao trách nhiệm, phục vụ tốt quá trình tổ chức Đại hội Đảng các cấp', 'Thắt chặt mối liên hệ máu thịt giữa Đảng với dân',
  'Sơ kết {F} 6 tháng đầu năm {Y}', 'Tổng kết {F} năm {Y1}', 'Nâng cao hiệu quả {F} ở cơ sở',
  '{O} quán triệt các văn bản mới của Trung ương', 'Đổi mới nội dung, phương thức {F}',
];

/** Report section headings (domain.md §5). */
export const REPORT_SECTIONS = [
  'I- ĐẶC ĐIỂM TÌNH HÌNH', 'II- KẾT QUẢ THỰC HIỆN', '1. Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai',
  '2. Kết quả thực hiện các nhiệm vụ', 'III- ĐÁNH GIÁ CHUNG', '1. Ưu điểm', '2. Hạn chế, khuyết điểm và nguyên nhân',
  '3. Bài học kinh nghiệm', 'IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'V- ĐỀ XUẤT, KIẾN NGHỊ',
];

/** Directives named without a symbol. */
export const NAMED_DIRECTIVES = [
  'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XII',
  'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'Hiến pháp năm 2013', 'Luật Tổ chức chính quyền địa phương',
];

/** Weekday names for the "Thứ hai - 13/07/2015 10:14" and "Thứ 7, 15/10/2022 | 07:20:00" headers (Sunday first). */
export const WEEKDAY_WORDS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
export const WEEKDAY_DIGITS = ['Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7'];

/** Romanised ASCII words for file names. */
export const SLUG_WORDS = ['hoi-nghi', 'dan-van', 'so-ket', 'tong-ket', 'trien-khai', 'nhiem-vu', 'quan-triet', 'bao-cao', 'ke-hoach', 'tin', 'cong-tac', 'tuyen-giao', 'mat-tran', 'co-so'];

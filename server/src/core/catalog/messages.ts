/**
 * Vietnamese and English texts of the catalog's diagnostics and fixes, registered with the core's
 * message tables when this module loads (the parser and the checks import it).
 */
import { registerMessages } from '../messages';

/** Problems inside a catalog file. */
export const CATALOG_FILE_CODES = [
  'catalog-syntax', 'catalog-unknown-field', 'catalog-bad-date', 'catalog-bad-symbol', 'catalog-duplicate',
  'catalog-missing-field', 'catalog-bad-enum', 'catalog-bad-relation', 'catalog-bad-value', 'catalog-field-mismatch',
] as const;

/** Problems of a citation judged against the catalog. */
export const CATALOG_CHECK_CODES = [
  'superseded', 'catalog-date-mismatch', 'catalog-body-mismatch', 'catalog-title-mismatch', 'anachronism',
  'ambiguous', 'unknown-directive', 'incomplete-first-mention', 'issuer-not-allowed', 'mention-ambiguous', 'mention-unresolved',
] as const;

/** The default severity and tags of each code, for the LSP layer (users may override severities). */
export const CATALOG_CODE_DEFAULTS: Readonly<Record<string, { severity: 'error' | 'warning' | 'information' | 'hint'; deprecated?: boolean }>> = {
  'catalog-syntax': { severity: 'error' },
  'catalog-unknown-field': { severity: 'warning' },
  'catalog-bad-date': { severity: 'error' },
  'catalog-bad-symbol': { severity: 'error' },
  'catalog-duplicate': { severity: 'warning' },
  'catalog-missing-field': { severity: 'error' },
  'catalog-bad-enum': { severity: 'error' },
  'catalog-bad-relation': { severity: 'error' },
  'catalog-bad-value': { severity: 'error' },
  'catalog-field-mismatch': { severity: 'error' },
  'superseded': { severity: 'warning', deprecated: true },
  'catalog-date-mismatch': { severity: 'warning' },
  'catalog-body-mismatch': { severity: 'warning' },
  'catalog-title-mismatch': { severity: 'information' },
  'anachronism': { severity: 'error' },
  'ambiguous': { severity: 'warning' },
  'unknown-directive': { severity: 'information' },
  'incomplete-first-mention': { severity: 'information' },
  'issuer-not-allowed': { severity: 'information' },
  'mention-ambiguous': { severity: 'information' },
  'mention-unresolved': { severity: 'information' },
};

registerMessages({
  'catalog-syntax': { vi: 'Lỗi cú pháp trong tệp danh mục: {message}', en: 'Syntax error in the catalog file: {message}' },
  'catalog-unknown-field': { vi: 'Trường "{field}" không có trong danh mục văn bản{hint}', en: 'Unknown field "{field}"{hint}' },
  'catalog-bad-date': { vi: 'Ngày "{value}" không hợp lệ; viết dạng YYYY-MM-DD', en: 'Invalid date "{value}"; write it as YYYY-MM-DD' },
  'catalog-bad-symbol': { vi: 'Số hiệu "{value}" không hợp lệ{hint}', en: 'Invalid symbol "{value}"{hint}' },
  'catalog-duplicate': { vi: 'Văn bản {symbol} đã có trong danh mục (dòng {line})', en: 'Directive {symbol} is already in the catalog (line {line})' },
  'catalog-missing-field': { vi: 'Thiếu trường bắt buộc "{field}"', en: 'Missing required field "{field}"' },
  'catalog-bad-enum': { vi: 'Giá trị "{value}" không hợp lệ cho "{field}"; dùng một trong: {allowed}', en: 'Invalid value "{value}" for "{field}"; use one of: {allowed}' },
  'catalog-bad-relation': { vi: 'Quan hệ không hợp lệ: {reason}', en: 'Invalid relation: {reason}' },
  'catalog-bad-value': { vi: 'Trường "{field}" phải là {expected}', en: 'Field "{field}" must be {expected}' },
  'catalog-field-mismatch': { vi: 'Trường "{field}" ({value}) không khớp với số hiệu ({expected})', en: 'Field "{field}" ({value}) disagrees with the symbol ({expected})' },
  'superseded': { vi: '{symbol} đã được thay thế bởi {successor} từ ngày {since}', en: '{symbol} was superseded by {successor} on {since}' },
  'catalog-date-mismatch': { vi: 'Theo danh mục, {symbol} ban hành ngày {expected}, không phải {cited}', en: 'The catalog gives {expected} as the date of {symbol}, not {cited}' },
  'catalog-body-mismatch': { vi: '{symbol} do {expected} ban hành, không phải {cited}', en: '{symbol} was issued by {expected}, not {cited}' },
  'catalog-title-mismatch': { vi: 'Trích yếu của {symbol} theo danh mục là "{expected}"', en: 'The catalog gives the subject of {symbol} as "{expected}"' },
  'anachronism': { vi: 'Theo danh mục, {symbol} ban hành ngày {date}, sau ngày của chính văn bản này ({documentDate}): khi đó văn bản chưa có', en: 'By the catalog, {symbol} was issued on {date}, after this text\'s own date ({documentDate}): it did not exist yet' },
  'ambiguous': { vi: 'Số hiệu {symbol} ứng với nhiều văn bản: {candidates}; hãy ghi rõ ngày ban hành', en: 'Symbol {symbol} names several directives: {candidates}; give the date' },
  'unknown-directive': { vi: 'Không tìm thấy {symbol} trong danh mục hay trong bài viết nào khác', en: '{symbol} is in no catalog and cited nowhere else' },
  'incomplete-first-mention': { vi: 'Lần đầu nhắc đến {symbol} nên trích dẫn đầy đủ; còn thiếu {missingVi}', en: 'The first mention of {symbol} should be a full citation; it lacks the {missingEn}' },
  'issuer-not-allowed': { vi: '{type} không do {body} ban hành (theo quy định về thẩm quyền ban hành văn bản của Đảng)', en: 'A {type} is not issued by the {body} (Party rules on who issues what)' },
  'mention-ambiguous': { vi: '"{mention}" có thể là nhiều văn bản: {candidates}; hãy ghi số hiệu', en: '"{mention}" may be any of several directives: {candidates}; write its symbol' },
  'mention-unresolved': { vi: 'Chưa xác định được "{mention}" là văn bản nào: không có trích dẫn đầy đủ trong bài, trong danh mục hay các bài viết khác', en: 'Which directive "{mention}" is cannot be told: no full citation in the text, the catalog or the other articles' },
}, {
  'catalog-rename-field': { vi: 'Đổi thành "{field}"', en: 'Rename to "{field}"' },
  'catalog-canonical-symbol': { vi: 'Sửa thành {canonical}', en: 'Change to {canonical}' },
  'catalog-iso-date': { vi: 'Sửa thành {date}', en: 'Change to {date}' },
  'replace-with-successor': { vi: 'Thay bằng {successor}', en: 'Replace with {successor}' },
  'replace-with-successor-and': { vi: 'Thay bằng {successor}, sửa cả {alsoVi}', en: 'Replace with {successor}, and {alsoEn}' },
  'use-catalog-value': { vi: 'Sửa theo danh mục: {value}', en: 'Use the catalog value: {value}' },
  'add-distinguishing-date': { vi: 'Ghi rõ: {symbol}, ngày {date} ({title})', en: 'Specify: {symbol} of {date} ({title})' },
  'add-to-catalog': { vi: 'Thêm {symbol} vào danh mục {file}', en: 'Add {symbol} to the catalog {file}' },
  'expand-citation': { vi: 'Trích dẫn đầy đủ {symbol} theo danh mục', en: 'Write the full citation of {symbol} from the catalog' },
  'mention-symbol': { vi: 'Ghi số hiệu {detail}', en: 'Write the symbol {detail}' },
  'complete-citation': { vi: 'Bổ sung {partsVi} của {symbol} theo danh mục{values}', en: 'Add the {partsEn} of {symbol} from the catalog{values}' },
});

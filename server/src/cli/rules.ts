/**
 * One short description per diagnostic code, in Vietnamese and English, for reports that list
 * the rules apart from the results (SARIF `tool.driver.rules`). Messages of results say what is
 * wrong in one place; these say what the rule checks in general.
 */
import { DEFAULT_SEVERITIES } from '../core/features/diagnostics';
import { PROBLEM_MESSAGES, type Locale } from '../core/messages';

const DESCRIPTIONS: Readonly<Record<string, { vi: string; en: string }>> = {
  'symbol-dash': { vi: 'Số hiệu dùng dấu gạch không chuẩn (gạch ngang dài, dấu trừ)', en: 'Symbol written with a non-ASCII dash' },
  'symbol-space': { vi: 'Số hiệu có khoảng trắng quanh dấu gạch nối', en: 'Symbol with spaces around its hyphen' },
  'symbol-eth': { vi: 'Số hiệu dùng "Ð" (Eth) thay cho "Đ"', en: 'Symbol written with "Ð" (Eth) for "Đ"' },
  'symbol-tu': { vi: 'Số hiệu viết "TƯ" thay cho "TW"', en: 'Symbol written with "TƯ" for "TW"' },
  'symbol-no-stroke': { vi: 'Số hiệu viết "D" thay cho "Đ"', en: 'Symbol written with "D" for "Đ"' },
  'symbol-missing-hyphen': { vi: 'Số hiệu thiếu dấu gạch nối', en: 'Symbol missing its hyphen' },
  'symbol-party-as-state': { vi: 'Văn bản của Đảng viết số hiệu theo kiểu văn bản nhà nước', en: 'Party symbol written state-style' },
  'symbol-state-as-party': { vi: 'Văn bản nhà nước viết số hiệu theo kiểu văn bản của Đảng', en: 'State symbol written Party-style' },
  'symbol-lookalike': { vi: 'Số hiệu có chữ Kirin hoặc Hy Lạp trông giống chữ Latinh', en: 'Symbol with a Cyrillic or Greek letter that looks Latin' },
  'symbol-ampersand': { vi: 'Mã cơ quan trong số hiệu viết "&" (BGD&ĐT)', en: 'Agency code written with "&" (BGD&ĐT)' },
  'symbol-line-break': { vi: 'Số hiệu bị ngắt dòng giữa chừng', en: 'Symbol broken across a line' },
  'unknown-issuer': { vi: 'Số hiệu có mã cơ quan ban hành chưa biết', en: 'Symbol with an unknown issuer code' },
  'body-issuer-mismatch': { vi: 'Cơ quan ban hành được nêu không khớp với ký hiệu cơ quan trong số hiệu', en: 'Issuing body named that does not match the issuer code of the symbol' },
  'mention-ambiguous': { vi: 'Nhắc ngắn có thể là nhiều văn bản', en: 'Short mention that may name several directives' },
  'mention-unresolved': { vi: 'Nhắc ngắn chưa xác định được văn bản', en: 'Short mention whose directive cannot be told' },
  'type-mismatch': { vi: 'Tên loại văn bản không khớp với ký hiệu trong số hiệu', en: 'Type word disagrees with the code of the symbol' },
  'date-invalid': { vi: 'Ngày ban hành không tồn tại', en: 'Date that does not exist' },
  'date-after-document': { vi: 'Văn bản được trích dẫn có ngày muộn hơn ngày của bài viết', en: 'Directive dated after the text that cites it' },
  'text-nfd': { vi: 'Văn bản dùng Unicode tổ hợp (NFD)', en: 'Text in decomposed Unicode (NFD)' },
  'text-zero-width': { vi: 'Ký tự vô hình (zero-width) trong văn bản', en: 'Zero-width character in the text' },
  'text-html-entity': { vi: 'Thực thể HTML trong trích dẫn', en: 'HTML entity inside a citation' },
  'text-invalid-utf8': { vi: 'Tệp có byte không phải UTF-8', en: 'File with bytes that are not UTF-8' },
};

/** Every code the core can report (its own and those other modules registered), sorted. */
export function knownCodes(): string[] {
  return [...new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(PROBLEM_MESSAGES)])].sort();
}

/** The short description of a code; codes without one get their message with its blanks shown as "…". */
export function ruleDescription(code: string, locale: Locale): string {
  const d = DESCRIPTIONS[code];
  if (d) return d[locale];
  const m = PROBLEM_MESSAGES[code];
  return m ? m[locale].replace(/\{\w+\}/g, '…') : code;
}

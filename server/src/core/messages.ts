/**
 * User-visible texts of the core (diagnostic messages, fix titles) in Vietnamese and English.
 * Vietnamese is the default; English is used when the editor runs in English.
 */
import type { Fix, Problem } from './scan/types';

/** A language Vanban speaks. */
export type Locale = 'vi' | 'en';

/** Picks the locale for an editor locale string ("vi", "en-US", …): English only when asked for. */
export function toLocale(editorLocale: string | undefined): Locale {
  return editorLocale && /^en\b/i.test(editorLocale) ? 'en' : 'vi';
}

type Table = Record<string, { vi: string; en: string }>;

/** Diagnostic messages by code; `{name}` is replaced by the problem's argument. */
export const PROBLEM_MESSAGES: Table = {
  'symbol-dash': { vi: 'Số hiệu "{symbol}" dùng dấu gạch không chuẩn; viết đúng: {canonical}', en: 'Symbol "{symbol}" uses a non-ASCII dash; canonical form: {canonical}' },
  'symbol-space': { vi: 'Số hiệu "{symbol}" có khoảng trắng quanh dấu gạch nối; viết đúng: {canonical}', en: 'Symbol "{symbol}" has spaces around the hyphen; canonical form: {canonical}' },
  'symbol-eth': { vi: 'Số hiệu "{symbol}" dùng chữ "Ð" (U+00D0, chữ Eth của tiếng Iceland) thay cho chữ "Đ" (U+0110) của tiếng Việt; viết đúng: {canonical}', en: 'Symbol "{symbol}" uses "Ð" (U+00D0, the Icelandic Eth) instead of the Vietnamese "Đ" (U+0110); canonical form: {canonical}' },
  'symbol-tu': { vi: 'Số hiệu "{symbol}" viết "TƯ" thay cho "TW"; viết đúng: {canonical}', en: 'Symbol "{symbol}" writes "TƯ" for "TW"; canonical form: {canonical}' },
  'symbol-no-stroke': { vi: 'Số hiệu "{symbol}" thiếu chữ "Đ" (viết "D"); viết đúng: {canonical}', en: 'Symbol "{symbol}" writes "D" for "Đ"; canonical form: {canonical}' },
  'symbol-missing-hyphen': { vi: 'Số hiệu "{symbol}" thiếu dấu gạch nối; viết đúng: {canonical}', en: 'Symbol "{symbol}" is missing its hyphen; canonical form: {canonical}' },
  'symbol-party-as-state': { vi: 'Văn bản của Đảng "{symbol}" bị viết theo kiểu văn bản nhà nước; viết đúng: {canonical}', en: 'Party document "{symbol}" is written state-style; canonical form: {canonical}' },
  'symbol-state-as-party': { vi: 'Văn bản nhà nước "{symbol}" bị viết theo kiểu văn bản của Đảng; viết đúng: {canonical}', en: 'State document "{symbol}" is written Party-style; canonical form: {canonical}' },
  'symbol-lookalike': { vi: 'Số hiệu "{symbol}" có chữ {letter} (chữ Kirin hoặc Hy Lạp trông giống chữ Latinh); viết đúng: {canonical}', en: 'Symbol "{symbol}" contains {letter}, a Cyrillic or Greek letter that looks Latin; canonical form: {canonical}' },
  'symbol-ampersand': { vi: 'Số hiệu "{symbol}" viết "&" trong mã cơ quan; mã cơ quan viết liền (Nghị định 30/2020/NĐ-CP): {canonical}', en: 'Symbol "{symbol}" writes "&" in an agency code; agency codes are written as one word (Decree 30/2020/NĐ-CP): {canonical}' },
  'symbol-line-break': { vi: 'Số hiệu "{symbol}" bị ngắt dòng giữa chừng; viết liền: {canonical}', en: 'Symbol "{symbol}" is broken across a line; written whole: {canonical}' },
  'unknown-issuer': { vi: 'Chưa rõ cơ quan ban hành "{issuer}" của số hiệu {symbol} (mã này chưa có trong danh mục cơ quan của Vanban)', en: 'Unknown issuer "{issuer}" of {symbol} (the code is not in Vanban\'s list of issuing bodies)' },
  'body-issuer-mismatch': { vi: 'Cơ quan ban hành "{body}" không khớp với ký hiệu {issuer} ({issuerName}) trong số hiệu {symbol}', en: 'The issuing body "{body}" does not match the issuer code {issuer} ({issuerNameEn}) of {symbol}' },
  'type-mismatch': { vi: 'Tên loại "{word}" không khớp với ký hiệu "{code}" trong số hiệu {symbol}', en: 'Type word "{word}" does not match the code "{code}" of {symbol}' },
  'date-invalid': { vi: 'Ngày tháng không có thật: "{date}"', en: 'No such date: "{date}"' },
  'date-after-document': { vi: '"{date}" muộn hơn ngày của chính văn bản này ({documentDate})', en: '"{date}" is later than the date of this text ({documentDate})' },
  'text-nfd': { vi: 'Văn bản dùng Unicode tổ hợp (NFD) ở {count} chỗ; nên chuẩn hóa về NFC', en: 'The text uses decomposed Unicode (NFD) in {count} places; normalise it to NFC' },
  'text-zero-width': { vi: 'Ký tự vô hình (zero-width) trong văn bản', en: 'Zero-width character in the text' },
  'text-invalid-utf8': { vi: 'Tệp có {count} ký tự không đọc được (byte không phải UTF-8, hiện thành "�"); hãy lưu lại tệp với mã UTF-8', en: 'The file has {count} unreadable characters (bytes that are not UTF-8, shown as "�"); save it again as UTF-8' },
  'text-html-entity': { vi: 'Thực thể HTML "{entity}" thay cho "{text}"', en: 'HTML entity "{entity}" stands for "{text}"' },
};

/** Fix titles by fix kind. */
export const FIX_TITLES: Table = {
  'canonical-symbol': { vi: 'Sửa thành {canonical}', en: 'Change to {canonical}' },
  'type-word': { vi: 'Sửa tên loại thành "{word}"', en: 'Change the type word to "{word}"' },
  'type-code': { vi: 'Sửa số hiệu thành {canonical}', en: 'Change the symbol to {canonical}' },
  'normalize-nfc': { vi: 'Chuẩn hóa toàn bộ văn bản về NFC ({count} chỗ)', en: 'Normalise the whole text to NFC ({count} places)' },
  'remove-zero-width': { vi: 'Xóa ký tự vô hình', en: 'Remove the zero-width character' },
  'decode-entity': { vi: 'Thay bằng "{text}"', en: 'Replace with "{text}"' },
};

/** Fills `{name}` placeholders. */
export function format(template: string, args: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => args[name] ?? all);
}

/** Registers more texts (features outside the scanner add their own codes). */
export function registerMessages(problems: Table, fixes: Table = {}): void {
  Object.assign(PROBLEM_MESSAGES, problems);
  Object.assign(FIX_TITLES, fixes);
}

/** The message of a problem in the given language. */
export function problemMessage(p: Pick<Problem, 'code' | 'args'>, locale: Locale): string {
  const t = PROBLEM_MESSAGES[p.code];
  return t ? format(t[locale], p.args) : p.code;
}

/** The title of a fix in the given language. */
export function fixTitle(f: Pick<Fix, 'kind' | 'args'>, locale: Locale): string {
  const t = FIX_TITLES[f.kind];
  return t ? format(t[locale], f.args) : f.kind;
}

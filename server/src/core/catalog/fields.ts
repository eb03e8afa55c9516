/**
 * The vocabulary of catalog files: field names with their descriptions (for completion and hover
 * in a catalog file), the allowed enum values, and the Party terms. Tables, not logic, so that
 * they can be corrected without touching the parser.
 */
import type { Confidence, EntryField, EntryStatus, RelationField, RelationKind } from './types';

/** A described name, in Vietnamese and English. */
export interface FieldDoc {
  readonly name: string;
  readonly vi: string;
  readonly en: string;
  /** An example value, as YAML. */
  readonly example: string;
}

/** The fields of an entry, in the order a full entry lists them. */
export const ENTRY_FIELDS: readonly (FieldDoc & { readonly name: EntryField })[] = [
  { name: 'symbol', vi: 'Số hiệu văn bản, viết chuẩn (bắt buộc)', en: 'The symbol, written canonically (required)', example: '290-QĐ/TW' },
  { name: 'type', vi: 'Tên loại văn bản ("Quyết định", "Quy định", …); mặc định suy từ ký hiệu', en: 'The type word ("Quyết định", "Quy định", …); derived from the type code when absent', example: 'Quyết định' },
  { name: 'number', vi: 'Số văn bản (phải khớp với số hiệu)', en: 'The number (must agree with the symbol)', example: '290' },
  { name: 'issuer', vi: 'Mã cơ quan ban hành trong số hiệu (phải khớp với số hiệu)', en: 'The issuer code of the symbol (must agree with it)', example: 'TW' },
  { name: 'body', vi: 'Cơ quan ban hành', en: 'The issuing body', example: 'Bộ Chính trị' },
  { name: 'date', vi: 'Ngày ban hành, dạng YYYY-MM-DD', en: 'Date of issue, as YYYY-MM-DD', example: '2010-02-25' },
  { name: 'term', vi: 'Khóa (số La Mã); với văn bản của Trung ương mặc định suy từ ngày', en: 'The term (khóa) as a Roman numeral; derived from the date for central documents', example: 'XI' },
  { name: 'locality', vi: 'Địa phương của cấp ủy ban hành (Tỉnh ủy, Huyện ủy, …)', en: 'Locality of a local issuer (provincial or district committee)', example: 'Quảng Ninh' },
  { name: 'title', vi: 'Trích yếu, không kèm chữ "về" ở đầu', en: 'The subject, without the leading "về"', example: 'ban hành Quy chế công tác dân vận của hệ thống chính trị' },
  { name: 'status', vi: 'Hiệu lực hiện nay: in-force, superseded, repealed, expired, unknown', en: 'Status now: in-force, superseded, repealed, expired, unknown', example: 'superseded' },
  { name: 'statusDate', vi: 'Ngày bắt đầu của trạng thái (khi bị bãi bỏ, hết hiệu lực), dạng YYYY-MM-DD', en: 'The day the status took effect (repealed, expired), as YYYY-MM-DD', example: '2021-07-30' },
  { name: 'relations', vi: 'Quan hệ với văn bản khác: danh sách { kind, symbol, date, note }', en: 'Relations to other directives: a list of { kind, symbol, date, note }', example: '[{ kind: replacedBy, symbol: 23-QĐ/TW, date: 2021-07-30 }]' },
  { name: 'source', vi: 'Nguồn của thông tin (địa chỉ web hoặc văn bản)', en: 'Where the facts come from (a URL or a reference)', example: 'https://…' },
  { name: 'confidence', vi: 'Độ tin cậy: verified (đã đối chiếu văn bản gốc), sourced (có nguồn), believed (chưa kiểm chứng)', en: 'Confidence: verified (checked against the text), sourced (has a source), believed (unverified)', example: 'sourced' },
  { name: 'aliases', vi: 'Các tên gọi khác của văn bản', en: 'Other names of the directive', example: '[Nghị quyết Trung ương 7 khóa XI]' },
  { name: 'notes', vi: 'Ghi chú', en: 'Notes', example: '…' },
];

/** The fields of a relation. */
export const RELATION_FIELDS: readonly (FieldDoc & { readonly name: RelationField })[] = [
  { name: 'kind', vi: 'Loại quan hệ: replaces, replacedBy, amends, amendedBy, guides, guidedBy', en: 'Kind: replaces, replacedBy, amends, amendedBy, guides, guidedBy', example: 'replacedBy' },
  { name: 'symbol', vi: 'Số hiệu của văn bản kia', en: 'The other directive\'s symbol', example: '23-QĐ/TW' },
  { name: 'date', vi: 'Ngày quan hệ có hiệu lực (với thay thế: ngày của văn bản mới), dạng YYYY-MM-DD', en: 'The day the relation took effect (for a replacement, the new directive\'s date), as YYYY-MM-DD', example: '2021-07-30' },
  { name: 'note', vi: 'Ghi chú', en: 'Note', example: '…' },
];

/** Top-level keys of a catalog file. */
export const TOP_FIELDS: readonly FieldDoc[] = [
  { name: 'directives', vi: 'Danh sách văn bản', en: 'The list of directives', example: '- symbol: 290-QĐ/TW' },
  { name: 'version', vi: 'Phiên bản định dạng (1)', en: 'Format version (1)', example: '1' },
  { name: '$schema', vi: 'Lược đồ JSON của tệp', en: 'The JSON schema of the file', example: '…' },
];

export const STATUSES: readonly EntryStatus[] = ['in-force', 'superseded', 'repealed', 'expired', 'unknown'];
export const CONFIDENCES: readonly Confidence[] = ['verified', 'sourced', 'believed'];
export const RELATION_KINDS: readonly RelationKind[] = ['replaces', 'replacedBy', 'amends', 'amendedBy', 'guides', 'guidedBy'];

/** The inverse of each relation kind: `A replacedBy B` means `B replaces A`. */
export const INVERSE: Readonly<Record<RelationKind, RelationKind>> = {
  replaces: 'replacedBy', replacedBy: 'replaces', amends: 'amendedBy', amendedBy: 'amends', guides: 'guidedBy', guidedBy: 'guides',
};

/**
 * Party congress terms (khóa) and the day each began: the day its Central Committee was elected
 * at the close of the congress. Dates from VIII on are widely published; XIV (19–23/01/2026, the
 * Central Committee's first plenum on 23/01/2026) is sourced from the press of that week.
 */
export const PARTY_TERMS: readonly { readonly term: string; readonly from: string }[] = [
  { term: 'VI', from: '1986-12-18' },
  { term: 'VII', from: '1991-06-27' },
  { term: 'VIII', from: '1996-07-01' },
  { term: 'IX', from: '2001-04-22' },
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
  { term: 'XIV', from: '2026-01-23' },
];

/** The central Party term in which an ISO date falls, or undefined before the table starts. */
export function termOf(isoDate: string): string | undefined {
  let found: string | undefined;
  for (const t of PARTY_TERMS) if (isoDate >= t.from) found = t.term;
  return found;
}

/** Whether a string is a Roman numeral of a term (I … L, upper case). */
export function isTerm(s: string): boolean {
  return s !== '' && /^(?:XL|L|X{0,3})(?:IX|IV|V?I{0,3})$/.test(s);
}

/** Issuer codes of local committees, whose symbols repeat in every province or district. */
export function isLocalIssuer(issuer: string): boolean {
  return /(?:TU|HU|ĐU|ĐUK|ThU|QU)$/u.test(issuer) && !/TW$/u.test(issuer);
}

/** Whether all issuers of a Party symbol are central (numbers restart with each central term). */
export function isCentralIssuer(issuers: readonly string[]): boolean {
  return issuers.length > 0 && issuers.every((i) => /TW$/u.test(i));
}

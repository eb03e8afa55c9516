/**
 * The user-visible texts of the report checks, registered with the core's message tables when this
 * module is loaded (every report check imports it), and their default severities.
 */
import { registerMessages } from '../messages';

/** Default severity of each report problem code; the LSP layer maps them (settings may override). */
export const REPORT_SEVERITY: Readonly<Record<string, 'error' | 'warning' | 'information' | 'hint'>> = {
  'report-missing-section': 'information',
  'report-section-order': 'information',
  'report-date-format': 'warning',
  'report-number-colon': 'warning',
};

registerMessages(
  {
    'report-missing-section': {
      vi: 'Thiếu mục "{section}" của {kind}',
      en: 'Missing the standard section "{section}" of a {kind}',
    },
    'report-section-order': {
      vi: 'Mục "{section}" không đúng thứ tự chuẩn ({order})',
      en: 'Section "{section}" is out of the standard order ({order})',
    },
    'report-date-format': {
      vi: 'Ngày tháng ghi chưa đúng quy định (ngày dưới 10 và tháng 1, 2 có số 0 ở trước): nên viết "{expected}"',
      en: 'Date not written by the rule (zero before a day under 10 and before months 1 and 2): write "{expected}"',
    },
    'report-number-colon': {
      vi: 'Nên viết "{expected}": văn bản của Đảng ghi "Số" không có dấu hai chấm, văn bản nhà nước ghi "Số:"',
      en: 'Write "{expected}": Party documents write "Số" without a colon, state documents write "Số:"',
    },
  },
  {
    'report-insert-section': { vi: 'Thêm mục "{heading}"', en: 'Insert the section "{heading}"' },
    'report-insert-section-renumber': {
      vi: 'Thêm mục "{heading}" và đánh số lại các mục sau',
      en: 'Insert the section "{heading}" and renumber the sections after it',
    },
    'report-move-section': { vi: 'Chuyển mục "{section}" về đúng vị trí', en: 'Move the section "{section}" to its place' },
    'report-move-section-renumber': {
      vi: 'Chuyển mục "{section}" về đúng vị trí và đánh số lại các mục',
      en: 'Move the section "{section}" to its place and renumber the sections',
    },
    'report-date-format': { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    'report-number-colon': { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
  },
);

/** Vietnamese names of the report kinds, used in messages in both languages (they are the terms of art). */
export const KIND_NAMES: Readonly<Record<string, string>> = {
  'bao-cao-so-ket': 'báo cáo sơ kết',
  'bao-cao-tong-ket': 'báo cáo tổng kết',
  'ke-hoach': 'kế hoạch',
  'tin-hoi-nghi': 'tin hội nghị',
  unknown: 'văn bản',
};

// Error codes of the draft-laws module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const draftLawsErrors = {
  DRAFT_LAW_NOT_FOUND: { status: 404, vi: 'Không tìm thấy dự thảo luật.', en: 'Draft law not found.' },
  DRAFT_LAW_CLOSED: {
    status: 409,
    vi: 'Dự thảo chỉ nhận ý kiến từ {opensOn} đến {closesOn}.',
    en: 'Opinions on this draft are accepted from {opensOn} to {closesOn} only.',
  },
  DRAFT_LAW_NO_ARTICLES: {
    status: 400,
    vi: 'Không tìm thấy điều nào trong tệp (cần các dòng "Điều 1. ...").',
    en: 'No articles found in the file (expected lines like "Điều 1. ...").',
  },
} as const satisfies ErrorTable;

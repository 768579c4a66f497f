// Error codes of the briefings module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const briefingsErrors = {
  BRIEFING_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cuộc giao ban, phiên làm việc.', en: 'Briefing not found.' },
  BRIEFING_SUBJECT_REQUIRED: {
    status: 422,
    vi: 'Phiên làm việc cần chọn đơn vị làm việc cùng.',
    en: 'A working session needs the unit it is held with.',
  },
  TASK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' },
  TASK_OWNER_REQUIRED: {
    status: 422,
    vi: 'Nhiệm vụ phải có đơn vị chủ trì (và có thể thêm người phụ trách).',
    en: 'A task needs an owning unit (and optionally a person).',
  },
  TASK_DEADLINE_PAST: {
    status: 422,
    vi: 'Hạn hoàn thành không được ở trong quá khứ.',
    en: 'The deadline cannot be in the past.',
  },
  TASK_OWNER_OUTSIDE: {
    status: 422,
    vi: 'Người phụ trách phải là cán bộ của đơn vị chủ trì.',
    en: 'The person responsible must work for the owning unit.',
  },
  TASK_EVIDENCE_REQUIRED: {
    status: 422,
    vi: 'Khi báo hoàn thành, hãy ghi kết quả hoặc minh chứng.',
    en: 'Say what was done (evidence) when marking a task done.',
  },
} as const satisfies ErrorTable;

import { membersErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { membersHome } from './home';
import { seedDemoMembers } from './demo-members';
import { memberRoutes } from './members.routes';
import { memberIndicators } from './indicators';

export const membersModule = defineModule({
  name: 'members',
  description: 'Đoàn viên: kết nạp, tìm kiếm, chuyển sinh hoạt, thẻ, khen thưởng, trùng lặp.',
  routes: [memberRoutes],
  errors: membersErrors,
  permissions: {
    'member.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'member.write': ['federation_admin', 'officer'],
    'personal_data.read': ['federation_admin', 'officer', 'auditor'],
  },
  auditExclusions: [
    { table: 'card_signing_keys', why: 'the HMAC key of card links must never be copied into the log' },
    { table: 'unit_member_stats', why: 'derived rollup, recomputed from the audited memberships' },
    { table: 'top_member_stats', why: 'derived rollup, recomputed from the audited memberships' },
    { table: 'member_stats_flushes', why: "the rollups' commit hook: derived, not business data" },
  ],
  demo: async (tx) => {
    await seedDemoMembers(tx);
  },
  indicators: memberIndicators,
  home: membersHome,
});

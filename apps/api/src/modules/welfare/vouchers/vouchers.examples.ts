import type { RouteExample } from '../../../testing/route-examples';
import { unitId } from '../../../testing/test-app';
import { issueDirectly, shopFor, voucherOf, voucherProgramme } from './vouchers.fixtures';

// Example calls of the voucher routes (joined into welfare.examples.ts). The programme is the confederation's,
// with quotas for Quảng Trị and Nghệ An: Lào Cai (the other branch of the authorization matrix) does not see it.

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

const issued = async (t: Parameters<RouteExample['build']>[0]) => {
  const id = await voucherProgramme(t, 2);
  await issueDirectly(t, id);
  return id;
};

export const voucherExamples: Record<string, RouteExample> = {
  'GET /api/welfare/programmes/{id}/vouchers': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await issued(t)}/vouchers` }),
  },
  'POST /api/welfare/programmes/{id}/vouchers/issue': {
    as: 'admin',
    others: writeOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await voucherProgramme(t, 2)}/vouchers/issue`, body: {} }),
  },
  'POST /api/welfare/programmes/{id}/vouchers/exports': {
    as: 'qt.canbo',
    // The file holds phone numbers: a viewer (no personal data access) is refused, the auditor may.
    others: { 'qt.xem': 'refused', kiemtra: 'allowed' },
    build: async (t) => ({
      url: `/api/welfare/programmes/${await issued(t)}/vouchers/exports`,
      body: { unitId: await unitId(t, 'LDLD-44'), format: 'xlsx' },
    }),
  },
  'GET /api/welfare/programmes/{id}/voucher-merchants': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      const id = await voucherProgramme(t, 1);
      await shopFor(t, id, 'LDLD-44');
      return { url: `/api/welfare/programmes/${id}/voucher-merchants` };
    },
  },
  'POST /api/welfare/programmes/{id}/voucher-merchants': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/programmes/${await voucherProgramme(t, 1)}/voucher-merchants`,
      body: { name: 'Siêu thị Co.opmart Đông Hà' },
    }),
  },
  'POST /api/welfare/voucher-merchants/{id}/revoke': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const shop = await shopFor(t, await voucherProgramme(t, 1), 'LDLD-44');
      return { url: `/api/welfare/voucher-merchants/${shop.id}/revoke` };
    },
  },
  'GET /api/welfare/voucher-shops/{token}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/welfare/voucher-shops/${(await shopFor(t, await voucherProgramme(t, 1))).token}`,
    }),
  },
  'POST /api/welfare/voucher-shops/{token}/redemptions': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await issued(t);
      const { token } = await shopFor(t, id);
      const v = await voucherOf(t, id);
      return {
        url: `/api/welfare/voucher-shops/${token}/redemptions`,
        body: { code: v.code, phone: v.phone.slice(-4) },
      };
    },
  },
};

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exportVouchersBody,
  idParam,
  issueVouchersBody,
  jobRef,
  merchantBody,
  merchantCreated,
  merchantList,
  Permission,
  redeemBody,
  redemption,
  voucherShop,
  voucherShopParams,
  voucherSummary as voucherSummarySchema,
} from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { createMerchant } from './create-merchant';
import { exportVouchers } from './export-vouchers';
import { issueVouchers } from './issue-vouchers';
import { listMerchants } from './list-merchants';
import { redeemVoucher, shopInfo } from './redeem-voucher';
import { revokeMerchant } from './revoke-merchant';
import { voucherSummary } from './voucher-summary';

/** Tết Market e-vouchers: officials issue and export; shops redeem with their link's token (no account). */
export async function voucherRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];

  r.get(
    '/api/welfare/programmes/:id/vouchers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Phiếu mua hàng Chợ Tết: số đã phát hành, đã sử dụng, theo tỉnh',
        params: idParam,
        response: { 200: voucherSummarySchema },
      },
    },
    async (request) => voucherSummary(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/welfare/programmes/:id/vouchers/issue',
    {
      config: write,
      schema: {
        tags,
        summary: 'Phát hành mã phiếu cho người được duyệt còn thiếu mã (tác vụ nền)',
        params: idParam,
        body: issueVouchersBody,
        response: { 200: jobRef },
      },
    },
    async (request) => issueVouchers(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/programmes/:id/vouchers/exports',
    {
      config: read,
      schema: {
        tags,
        summary: 'Xuất danh sách phiếu của một tỉnh (.xlsx hoặc .csv cho sàn Chợ Tết; tác vụ nền)',
        params: idParam,
        body: exportVouchersBody,
        response: { 200: jobRef },
      },
    },
    async (request) => exportVouchers(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/welfare/programmes/:id/voucher-merchants',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các cửa hàng, điểm đổi phiếu của chương trình',
        params: idParam,
        response: { 200: merchantList },
      },
    },
    async (request) => listMerchants(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/welfare/programmes/:id/voucher-merchants',
    {
      config: write,
      schema: {
        tags,
        summary: 'Cấp liên kết đổi phiếu cho một cửa hàng (liên kết chỉ hiện một lần)',
        params: idParam,
        body: merchantBody,
        response: { 200: merchantCreated },
      },
    },
    async (request) => createMerchant(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/voucher-merchants/:id/revoke',
    {
      config: write,
      schema: {
        tags,
        summary: 'Thu hồi liên kết đổi phiếu của một cửa hàng',
        params: idParam,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => revokeMerchant(ctxOf(request), request.params.id),
  );
  // No account: the token in the shop's link is the credential (revocable, stored as its SHA-256).
  r.get(
    '/api/welfare/voucher-shops/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Cửa hàng và chương trình của một liên kết đổi phiếu',
        params: voucherShopParams,
        response: { 200: voucherShop },
      },
    },
    async (request) => shopInfo(ctxOf(request), request.params.token),
  );
  r.post(
    '/api/welfare/voucher-shops/:token/redemptions',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Cửa hàng đổi một mã phiếu (mỗi mã một lần; cần số điện thoại hoặc 4 số cuối)',
        params: voucherShopParams,
        body: redeemBody,
        response: { 200: redemption },
      },
    },
    async (request) => redeemVoucher(ctxOf(request), request.params.token, request.body),
  );
}

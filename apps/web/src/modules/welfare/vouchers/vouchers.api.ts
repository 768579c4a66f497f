import type { IssueVouchersBody, MerchantRow, Redemption, VoucherShop, VoucherSummary } from '@congdoan/domain';
import { api } from '../../../api/client';

export const voucherKeys = {
  summary: (id: number) => ['welfare', id, 'vouchers'] as const,
  merchants: (id: number) => ['welfare', id, 'voucher-merchants'] as const,
  shop: (token: string) => ['voucher-shop', token] as const,
};

export const fetchVoucherSummary = (id: number) => api.get<VoucherSummary>(`/api/welfare/programmes/${id}/vouchers`);
export const issueVouchers = (id: number, body: IssueVouchersBody) =>
  api.post<{ jobId: number }>(`/api/welfare/programmes/${id}/vouchers/issue`, body);
export const exportVouchers = (id: number, unitId: number, format: 'xlsx' | 'csv') =>
  api.post<{ jobId: number }>(`/api/welfare/programmes/${id}/vouchers/exports`, { unitId, format });
export const fetchMerchants = (id: number) =>
  api.get<{ items: MerchantRow[] }>(`/api/welfare/programmes/${id}/voucher-merchants`);
export const createMerchant = (id: number, name: string) =>
  api.post<{ id: number; token: string }>(`/api/welfare/programmes/${id}/voucher-merchants`, { name });
export const revokeMerchant = (id: number) => api.post<{ id: number }>(`/api/welfare/voucher-merchants/${id}/revoke`);
export const fetchShop = (token: string) => api.get<VoucherShop>(`/api/welfare/voucher-shops/${token}`);
export const redeem = (token: string, code: string, phone: string) =>
  api.post<Redemption>(`/api/welfare/voucher-shops/${token}/redemptions`, { code, phone });

/** The shop's link: the token rides in the fragment, which browsers never send to a server or put in logs. */
export const shopLink = (token: string) => `${window.location.origin}/doi-phieu#${token}`;

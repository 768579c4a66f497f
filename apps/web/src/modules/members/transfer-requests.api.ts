import type { CreateTransferRequestInput, TransferRequest } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const requestKeys = {
  list: (direction: string, status: string) => ['members', 'transfer-requests', direction, status] as const,
};

export const fetchTransferRequests = (direction: string, status: string): Promise<{ items: TransferRequest[] }> =>
  api.get(withQuery('/api/transfer-requests', { direction, status }));
export const createTransferRequest = (body: CreateTransferRequestInput): Promise<TransferRequest> =>
  api.post('/api/transfer-requests', body);
export const acceptTransferRequest = (id: number): Promise<TransferRequest> =>
  api.post(`/api/transfer-requests/${id}/accept`, {});
export const refuseTransferRequest = (id: number, reason: string): Promise<TransferRequest> =>
  api.post(`/api/transfer-requests/${id}/refuse`, { reason });
export const cancelTransferRequest = (id: number): Promise<TransferRequest> =>
  api.post(`/api/transfer-requests/${id}/cancel`, {});

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dashboardCharts,
  dashboardQuery,
  dashboardView,
  Permission,
  indicatorTargetBody,
  dashboardParams,
} from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { sendFile } from '../../../http/send-file';
import { mediaType } from '../../../kit/media-types';
import { dashboardChartXlsx } from './dashboard-xlsx';
import { getDashboard } from './get-dashboard';
import { queueRefresh } from './refresh-now';
import { saveTarget } from './save-target';

const chartNames: Record<(typeof dashboardCharts)[number], string> = {
  indicators: 'chỉ tiêu so với kế hoạch',
  trend: 'xu hướng theo quý',
  children: 'đơn vị trực thuộc cao nhất, thấp nhất',
  map: 'bản đồ theo tỉnh',
};

export async function dashboardsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  r.get(
    '/api/dashboards/:unitId',
    {
      config: { permission: Permission.ReportRead },
      schema: {
        tags,
        summary: 'Bảng điều khiển của một đơn vị (từ số liệu đã tính sẵn theo quý)',
        params: dashboardParams,
        querystring: dashboardQuery,
        response: { 200: dashboardView },
      },
    },
    async (request) => getDashboard(ctxOf(request), request.params.unitId, request.query),
  );
  for (const chart of dashboardCharts) {
    r.get(
      `/api/dashboards/:unitId/charts/${chart}.xlsx`,
      {
        config: { permission: Permission.ReportRead },
        schema: {
          tags,
          summary: `Tải số liệu biểu đồ ${chartNames[chart]} (.xlsx)`,
          params: dashboardParams,
          querystring: dashboardQuery,
          produces: [mediaType.xlsx],
        },
      },
      async (request, reply) => {
        const out = await dashboardChartXlsx(ctxOf(request), request.params.unitId, chart, request.query);
        return sendFile(reply, out.fileName, mediaType.xlsx, out.body);
      },
    );
  }
  r.put(
    '/api/dashboards/:unitId/targets',
    {
      config: { permission: Permission.ReportWrite },
      schema: {
        tags,
        summary: 'Đặt hoặc sửa kế hoạch năm của một chỉ tiêu',
        params: dashboardParams,
        body: indicatorTargetBody,
        response: { 200: z.object({ id: z.number(), year: z.number(), indicator: z.string(), target: z.number() }) },
      },
    },
    async (request) => saveTarget(ctxOf(request), request.params.unitId, request.body),
  );
  r.post(
    '/api/dashboards/:unitId/refresh',
    {
      config: { permission: Permission.ReportWrite },
      schema: {
        tags,
        summary: 'Tính lại số liệu quý này cho đơn vị và cấp dưới (chạy nền)',
        params: dashboardParams,
        response: { 200: z.object({ jobId: z.number() }) },
      },
    },
    async (request) => queueRefresh(ctxOf(request), request.params.unitId),
  );
}

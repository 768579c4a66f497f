import type { Indicator } from '../../declaration';

// The Union Home figures of the periodic reports; their SQL is in ../report-indicators.ts (the cost of a house
// handed over is its final cost once settled, the approved cost until then).

export const homeIndicatorList: readonly Indicator[] = [
  { key: 'welfare.homes_started', vi: 'Nhà Mái ấm Công đoàn khởi công', en: 'Union Homes started', unit: 'count' },
  { key: 'welfare.homes_completed', vi: 'Nhà Mái ấm Công đoàn hoàn thành', en: 'Union Homes completed', unit: 'count' },
  {
    key: 'welfare.homes_handed_over',
    vi: 'Nhà Mái ấm Công đoàn bàn giao',
    en: 'Union Homes handed over',
    unit: 'count',
  },
  {
    key: 'welfare.homes_cost_vnd',
    vi: 'Kinh phí nhà Mái ấm Công đoàn đã bàn giao',
    en: 'Cost of the Union Homes handed over',
    unit: 'vnd',
  },
];

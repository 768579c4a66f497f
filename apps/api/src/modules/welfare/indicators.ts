import type { Indicator } from '../declaration';
import { voucherIndicatorList } from './vouchers/voucher-indicators';
import { homeIndicatorList } from './homes/home-indicators';

// The welfare figures of the periodic reports. Those counted from records get their SQL and drill-down from
// report-indicators.ts (module.ts joins them); the report engine (reports/indicators/compute.ts) is the one
// place they are computed.

export const welfareIndicatorList: readonly Indicator[] = [
  { key: 'welfare.beneficiaries', vi: 'Lượt người được hỗ trợ, chăm lo', en: 'People supported', unit: 'count' },
  { key: 'welfare.handed_out_vnd', vi: 'Số tiền hỗ trợ, chăm lo đã trao', en: 'VND handed out', unit: 'vnd' },
  { key: 'welfare.approved', vi: 'Đề nghị hỗ trợ được duyệt', en: 'Nominations approved', unit: 'count' },
  {
    key: 'welfare.tickets_allocated',
    vi: 'Vé về quê đón Tết được phân bổ',
    en: 'Tickets home allocated',
    unit: 'count',
  },
  {
    key: 'welfare.tickets_registered',
    vi: 'Vé về quê đón Tết đã đăng ký',
    en: 'Tickets home registered',
    unit: 'count',
  },
  {
    key: 'welfare.tickets_used',
    vi: 'Vé về quê đón Tết đã sử dụng (lên xe)',
    en: 'Tickets home used (boarded)',
    unit: 'count',
  },
  {
    key: 'welfare.applications',
    vi: 'Lượt đoàn viên tự đăng ký nhận hỗ trợ',
    en: "Members' own applications",
    unit: 'count',
  },
  ...voucherIndicatorList,
  ...homeIndicatorList,
];

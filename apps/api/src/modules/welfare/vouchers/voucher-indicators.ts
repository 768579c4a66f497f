import type { Indicator } from '../../declaration';

// The voucher figures of issue 17's indicators; their SQL is in ../report-indicators.ts.

export const voucherIndicatorList: readonly Indicator[] = [
  { key: 'welfare.vouchers_issued', vi: 'Phiếu mua hàng Chợ Tết đã phát hành', en: 'Vouchers issued', unit: 'count' },
  { key: 'welfare.vouchers_redeemed', vi: 'Phiếu mua hàng Chợ Tết đã sử dụng', en: 'Vouchers redeemed', unit: 'count' },
  {
    key: 'welfare.vouchers_redeemed_vnd',
    vi: 'Giá trị phiếu mua hàng đã sử dụng',
    en: 'Value of vouchers redeemed',
    unit: 'vnd',
  },
];

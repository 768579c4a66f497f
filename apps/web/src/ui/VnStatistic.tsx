import { Statistic, type StatisticProps } from 'antd';

/**
 * antd's Statistic groups thousands with "," whatever the locale; Vietnamese writes 25.000 and 8,3.
 * Every figure card uses this one instead.
 */
export function VnStatistic(props: StatisticProps) {
  return <Statistic groupSeparator="." decimalSeparator="," {...props} />;
}

import { documentDate } from '@congdoan/domain';

/** "Quảng Trị, ngày 07 tháng 3 năm 2026": the place, then the date by the leading-zero rule (documentDate). */
export function placeDateLine(place: string, date: Date | string): string {
  return `${place}, ${documentDate(date)}`;
}

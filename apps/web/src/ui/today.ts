import dayjs, { type Dayjs } from 'dayjs';
import { todayVN } from '@congdoan/domain';

// Dates of record follow Vietnam's calendar, not the browser's: at 23:30 UTC it is already tomorrow in
// Vietnam. Every form default and "not after today" check on the web goes through these two.

/** Today in Vietnam as yyyy-mm-dd. */
export const todayIso = (now: Date = new Date()): string => todayVN(now);

/** Today in Vietnam as a dayjs day (for date pickers' defaults and limits). */
export const todayDay = (now: Date = new Date()): Dayjs => dayjs(todayVN(now));

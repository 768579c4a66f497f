import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { eventKeys, fetchEvents } from './events.api';
import { todayDay } from '../../ui/today';

/**
 * The month the calendar opens on: this month when it has events, else the month of the next event
 * (else of the latest one), so the page never opens on an empty month while events exist. Once the
 * person moves the calendar, their choice stands.
 */
export function useOpeningMonth(): [Dayjs, (month: Dayjs) => void] {
  const [chosen, setChosen] = useState<Dayjs | null>(null);
  const [today] = useState(() => todayDay());
  const from = today.startOf('month').toISOString();
  const upcoming = useQuery({
    queryKey: eventKeys.list({ from }),
    queryFn: () => fetchEvents({ from }),
    staleTime: 60_000,
  });
  const any = useQuery({
    queryKey: eventKeys.list({}),
    queryFn: () => fetchEvents({}),
    enabled: upcoming.isSuccess && upcoming.data.items.length === 0,
    staleTime: 60_000,
  });
  const next = upcoming.data?.items[0] ?? any.data?.items.at(-1);
  return [chosen ?? (next ? dayjs(next.startsAt) : today), setChosen];
}

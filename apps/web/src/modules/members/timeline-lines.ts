import type { MembershipEntry } from '@congdoan/domain';
import { showDate } from './dates';

type T = (key: string, options?: Record<string, string>) => string;

/**
 * The dated lines under one membership of the timeline. A membership received by transfer starts with
 * "Ngày chuyển đến", not "Ngày kết nạp" (the person was admitted elsewhere, earlier). A status that a
 * transfer line already tells ("Đã chuyển đi" beside "Chuyển đến … : Hoàn tất") is not said twice, and
 * no line repeats.
 */
export function membershipLines(m: MembershipEntry, t: T): string[] {
  const lines = [`${t(`members.detail.since.${m.admissionKind}`)}: ${showDate(m.admittedOn)}`];
  const toldByTransfer = m.transfers.length > 0 && (m.status === 'transferred_out' || m.status === 'in_transit');
  if (m.statusOn && !toldByTransfer) lines.push(`${t(`members.status.${m.status}`)}: ${showDate(m.statusOn)}`);
  for (const tr of m.transfers)
    lines.push(
      t('members.detail.transferLine', {
        to: tr.toUnit.name,
        date: showDate(tr.requestedOn),
        status: t(`members.transferStatus.${tr.status}`),
      }),
    );
  return [...new Set(lines)];
}

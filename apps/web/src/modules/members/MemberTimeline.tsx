import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembershipEntry } from '@congdoan/domain';
import { showDate } from './dates';
import { MemberStatusTag } from './MemberStatusTag';
import { membershipLines } from './timeline-lines';

/** Quá trình sinh hoạt: every membership, newest first, with its transfers. */
export function MemberTimeline({ memberships }: { memberships: MembershipEntry[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('members.detail.timeline')} size="small" data-testid="member-timeline">
      <Timeline
        items={memberships.map((m) => ({
          color: m.status === 'active' ? 'green' : m.status === 'in_transit' ? 'gold' : 'gray',
          content: (
            <Flex vertical gap={2} data-testid="timeline-item">
              <Typography.Text strong>{m.unit.name}</Typography.Text>
              <Flex gap={4} wrap>
                <MemberStatusTag status={m.status} />
                {m.admissionKind !== 'new' && <Tag>{t(`members.admissionKind.${m.admissionKind}`)}</Tag>}
                {m.outstandingYear && (
                  <Tag color="purple">{t('members.detail.outstanding', { year: m.outstandingYear })}</Tag>
                )}
                {m.partyIntroducedOn && (
                  <Tag color="red">{t('members.detail.partyIntroduced', { date: showDate(m.partyIntroducedOn) })}</Tag>
                )}
              </Flex>
              {membershipLines(m, t).map((line) => (
                <Typography.Text key={line} type="secondary" data-testid="timeline-line">
                  {line}
                </Typography.Text>
              ))}
              {m.statusReason && <Typography.Text type="secondary">{m.statusReason}</Typography.Text>}
              {m.cardNumber && (
                <Typography.Text type="secondary">
                  {t('members.fields.cardNumber')}: {m.cardNumber}
                </Typography.Text>
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Address } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { showDate } from './dates';
import { MemberActions } from './MemberActions';
import { MemberCard } from './MemberCard';
import { MemberHistory } from './MemberHistory';
import { MemberStatusTag } from './MemberStatusTag';
import { MemberTimeline } from './MemberTimeline';
import { fetchMember, memberKeys } from './members.api';
import { nationalityName } from './nationality';

const addressText = (a: Address | null) =>
  a ? [a.line, a.communeCode, a.provinceCode].filter(Boolean).join(', ') || '—' : '—';

/** Hồ sơ đoàn viên: profile, membership timeline, card with QR, and the audit history. */
export function MemberPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const member = useQuery({ queryKey: memberKeys.detail(id), queryFn: () => fetchMember(id) });
  if (member.isPending) return <Skeleton active />;
  if (member.isError) return <Alert type="error" showIcon title={errorText(member.error)} />;
  const m = member.data;
  const dash = (v: string | null | undefined) => v || '—';

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex vertical>
            <Typography.Text type="secondary">
              <Link to="/members">{t('members.title')}</Link>
            </Typography.Text>
            <Flex align="center" gap={8}>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="member-name">
                {m.fullName}
              </Typography.Title>
              <span data-testid="member-status">
                <MemberStatusTag status={m.status} />
              </span>
            </Flex>
            <Typography.Text>{m.unit?.name}</Typography.Text>
          </Flex>
          {m.canWrite && <MemberActions member={m} />}
        </Flex>
        {m.mergedIntoId && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={<Link to={`/members/${m.mergedIntoId}`}>{t('members.detail.mergedInto')}</Link>}
          />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'profile',
                  label: t('members.detail.profile'),
                  children: (
                    <>
                      {!m.personalDataVisible && (
                        <Alert type="info" showIcon title={t('members.detail.masked')} style={{ marginBottom: 12 }} />
                      )}
                      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                        <Descriptions.Item label={t('members.fields.familyName')}>
                          {dash(m.familyName)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.middleName')}>
                          {dash(m.middleName)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.givenName')}>{m.givenName}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.gender')}>
                          {m.gender ? t(`members.gender.${m.gender}`) : '—'}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.birthDate')}>
                          {showDate(m.birthDate)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.cccd')}>{dash(m.cccd)}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.oldIdNumber')}>
                          {dash(m.oldIdNumber)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.phone')}>{dash(m.phone)}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.email')}>{dash(m.email)}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.ethnicity')}>{dash(m.ethnicity)}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.nationality')}>
                          {nationalityName(m.nationality, i18n.language)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.occupation')}>
                          {dash(m.occupation)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.employer')}>{dash(m.employer)}</Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.educationLevel')}>
                          {dash(m.educationLevel)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.passportNo')}>
                          {dash(m.passportNo)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.permanentAddress')} span={2}>
                          {addressText(m.permanentAddress)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('members.fields.currentAddress')} span={2}>
                          {addressText(m.currentAddress)}
                        </Descriptions.Item>
                      </Descriptions>
                    </>
                  ),
                },
                {
                  key: 'history',
                  label: <span data-testid="member-history-tab">{t('members.detail.history')}</span>,
                  children: <MemberHistory personId={m.id} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <MemberTimeline memberships={m.memberships} />
            {m.cardNumber && (m.status === 'active' || m.status === 'in_transit') && <MemberCard personId={m.id} />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

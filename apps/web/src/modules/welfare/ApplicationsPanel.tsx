import { useState } from 'react';
import { Alert, App, Button, Flex, List, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, type ErrorCode, type ProgrammeDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { eventKeys, fetchEvents } from '../events/events.api';
import { collectApplications, linkApplicationEvent, welfareKeys } from './welfare.api';

/**
 * Members apply by registering for an event (the online Tết Market): the owner links the event, and officials
 * collect the registrations into applications, which then follow the same review as any nomination.
 */
export function ApplicationsPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [eventId, setEventId] = useState<number | null>(programme.applicationEventId);
  const events = useQuery({ queryKey: eventKeys.list({}), queryFn: () => fetchEvents({}) });
  const link = useMutation({
    mutationFn: () => linkApplicationEvent(programme.id, eventId),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: welfareKeys.one(programme.id) });
      void message.success(t('welfare.saved'));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const collect = useMutation({
    mutationFn: () => collectApplications(programme.id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: welfareKeys.all }),
  });
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const options = (events.data?.items ?? [])
    .filter((e) => e.registrationEnabled && !e.cancelledAt)
    .map((e) => ({ value: e.id, label: e.title }));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Paragraph>{t('welfare.applications.help')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <Select
          allowClear
          style={{ minWidth: 260, flex: 1 }}
          value={eventId ?? undefined}
          onChange={(v?: number) => setEventId(v ?? null)}
          options={options}
          loading={events.isLoading}
          placeholder={t('welfare.applications.pickEvent')}
          aria-label={t('welfare.applications.event')}
          data-testid="applications-event"
        />
        <Button onClick={() => link.mutate()} loading={link.isPending} data-testid="applications-link">
          {t('welfare.save')}
        </Button>
      </Flex>
      <Button
        type="primary"
        style={{ width: 'fit-content' }}
        disabled={!programme.applicationEventId}
        onClick={() => collect.mutate()}
        loading={collect.isPending}
        data-testid="applications-collect"
      >
        {t('welfare.applications.collect')}
      </Button>
      {collect.error && <Alert type="error" showIcon title={errorText(collect.error)} />}
      {collect.data && (
        <Alert
          type={collect.data.skipped.length ? 'warning' : 'success'}
          showIcon
          title={t('welfare.applications.result', {
            created: collect.data.created,
            skipped: collect.data.skipped.length,
          })}
          description={
            collect.data.skipped.length > 0 && (
              <List
                size="small"
                dataSource={collect.data.skipped}
                renderItem={(s) => (
                  <List.Item>
                    {s.fullName}: {errorMessage(s.code as ErrorCode, lang)}
                  </List.Item>
                )}
              />
            )
          }
          data-testid="applications-result"
        />
      )}
    </Flex>
  );
}

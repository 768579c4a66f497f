import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Select, Typography, Upload } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { attachToDialogue, fetchDialogue, fetchPetitions, petitionKeys, uploadMinutes } from './petitions.api';
import { PetitionNav } from './PetitionNav';
import { PetitionsTable } from './PetitionsTable';

export function DialogueDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pick, setPick] = useState<number[]>([]);
  const dialogue = useQuery({ queryKey: petitionKeys.dialogue(id), queryFn: () => fetchDialogue(id) });
  const onIt = useQuery({
    queryKey: petitionKeys.list({ dialogueId: id, view: 'top' }),
    queryFn: () => fetchPetitions({ dialogueId: id, view: 'top', pageSize: 200 }),
  });
  const candidates = useQuery({
    queryKey: petitionKeys.list({ view: 'top', pageSize: 200 }),
    queryFn: () => fetchPetitions({ view: 'top', pageSize: 200 }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
  const attach = useMutation({
    mutationFn: () => attachToDialogue(id, pick),
    onSuccess: () => {
      setPick([]);
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  if (dialogue.isPending) return <FullPageSpinner />;
  if (dialogue.isError) return <Alert type="error" showIcon title={errorText(dialogue.error)} />;
  const d = dialogue.data;
  return (
    <Card>
      <PetitionNav />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="dialogue-heading">
        {d.title}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'k', label: t('petitions.dialogues.kind'), children: t(`petitions.dialogueKind.${d.kind}`) },
          { key: 'h', label: t('petitions.dialogues.host'), children: d.host },
          { key: 'u', label: t('petitions.calls.unit'), children: d.unitName },
          { key: 'd', label: t('petitions.dialogues.heldOn'), children: formatDateVN(d.heldOn) },
          { key: 'p', label: t('petitions.dialogues.place'), children: d.place ?? '—' },
          { key: 'pa', label: t('petitions.dialogues.participants'), children: d.participants ?? '—' },
          { key: 'a', label: t('petitions.dialogues.agenda'), span: 2, children: d.agenda ?? '—' },
          { key: 'm', label: t('petitions.dialogues.minutes'), span: 2, children: d.minutes ?? '—' },
          {
            key: 'f',
            label: t('petitions.dialogues.minutesFile'),
            span: 2,
            children: (
              <Flex gap={12} align="center" wrap>
                {d.minutesFileName ? <a href={`/api/dialogues/${d.id}/minutes`}>{d.minutesFileName}</a> : '—'}
                <a href={`/api/dialogues/${d.id}/minutes.docx`} data-testid="dialogue-minutes-docx">
                  {t('petitions.dialogues.minutesDocx')}
                </a>
                <a href={`/api/dialogues/${d.id}/minutes.pdf`} data-testid="dialogue-minutes-pdf">
                  {t('petitions.dialogues.minutesPdf')}
                </a>
                <Upload
                  showUploadList={false}
                  accept=".pdf,.docx"
                  customRequest={({ file, onSuccess, onError }) => {
                    uploadMinutes(d.id, file as File)
                      .then((r) => {
                        onSuccess?.(r);
                        refresh();
                      })
                      .catch((e: unknown) => {
                        onError?.(e as Error);
                        void message.error(errorText(e));
                      });
                  }}
                >
                  <Button size="small">{t('petitions.dialogues.uploadMinutes')}</Button>
                </Upload>
              </Flex>
            ),
          },
        ]}
      />
      <Card size="small" title={t('petitions.dialogues.petitions')} style={{ marginTop: 16 }}>
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select
            mode="multiple"
            style={{ flex: 1 }}
            placeholder={t('petitions.dialogues.attachPick')}
            aria-label={t('petitions.dialogues.attachPick')}
            value={pick}
            onChange={setPick}
            data-testid="dialogue-attach-pick"
            optionFilterProp="label"
            options={(candidates.data?.items ?? [])
              .filter((p) => !p.dialogueId)
              .map((p) => ({ value: p.id, label: p.title }))}
          />
          <Button
            type="primary"
            disabled={!pick.length}
            loading={attach.isPending}
            onClick={() => attach.mutate()}
            data-testid="dialogue-attach"
          >
            {t('petitions.dialogues.attach')}
          </Button>
        </Flex>
        <PetitionsTable items={onIt.data?.items} loading={onIt.isFetching} />
      </Card>
    </Card>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Flex, Input, Result, Switch, Typography } from 'antd';
import { VnStatistic } from '../../ui/VnStatistic';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CheckinResult } from '@congdoan/domain';
import { ApiError } from '../../api/client';
import { checkIn, checkInBatch, eventKeys, fetchAttendance, fetchEvent } from './events.api';
import { loadQueue, newScan, saveQueue } from './offline-queue';
import { useQrScanner } from './use-qr-scanner';

/** Phone check-in: camera or typed code, a green/red answer per scan, an offline queue synced later. */
export function CheckinPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const event = useQuery({ queryKey: eventKeys.one(id), queryFn: () => fetchEvent(id) });
  const attendance = useQuery({
    queryKey: eventKeys.attendance(id),
    queryFn: () => fetchAttendance(id),
    refetchInterval: 5000,
  });
  const [camera, setCamera] = useState(false);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<CheckinResult | null>(null);
  const [queued, setQueued] = useState(() => loadQueue(id).length);

  const sync = useCallback(async () => {
    const pending = loadQueue(id);
    if (pending.length === 0) return;
    try {
      await checkInBatch(id, pending);
      // only scans that were in the queue when we sent are removed; new ones stay
      const sent = new Set(pending.map((s) => s.idempotencyKey));
      saveQueue(
        id,
        loadQueue(id).filter((s) => !sent.has(s.idempotencyKey)),
      );
      setQueued(loadQueue(id).length);
      void qc.invalidateQueries({ queryKey: eventKeys.attendance(id) });
    } catch {
      // still offline: try again later
    }
  }, [id, qc]);

  useEffect(() => {
    const first = window.setTimeout(() => void sync(), 0);
    const timer = window.setInterval(() => void sync(), 10_000);
    const online = () => void sync();
    window.addEventListener('online', online);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [sync]);

  const submit = useCallback(
    async (token: string) => {
      if (!token.trim()) return;
      const scan = newScan(token);
      try {
        const r = await checkIn(id, scan);
        setResult(r);
        void qc.invalidateQueries({ queryKey: eventKeys.attendance(id) });
      } catch (e) {
        if (e instanceof ApiError && e.status === 0) {
          saveQueue(id, [...loadQueue(id), scan]);
          setQueued(loadQueue(id).length);
          setResult({
            ok: true,
            code: 'QUEUED',
            message: t('events.checkin.queued'),
            idempotencyKey: scan.idempotencyKey,
            replayed: false,
            registration: null,
          });
        } else {
          setResult({
            ok: false,
            code: e instanceof ApiError ? e.code : 'ERROR',
            message: e instanceof Error ? e.message : String(e),
            idempotencyKey: scan.idempotencyKey,
            replayed: false,
            registration: null,
          });
        }
      }
    },
    [id, qc, t],
  );
  const { videoRef, error } = useQrScanner(camera, (code) => void submit(code));

  return (
    <Flex vertical gap={12} style={{ maxWidth: 520, margin: '0 auto' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('events.checkin.title')}
        </Typography.Title>
        <Link to={`/events/${id}`}>{event.data?.title}</Link>
        <Flex gap={16} style={{ marginTop: 8 }} data-testid="attendance">
          <VnStatistic title={t('events.checkin.present')} value={attendance.data?.checkedIn ?? 0} />
          <VnStatistic title={t('events.checkin.confirmed')} value={attendance.data?.confirmed ?? 0} />
          <Badge count={queued} showZero={false}>
            <VnStatistic title={t('events.checkin.queue')} value={queued} />
          </Badge>
        </Flex>
      </Card>
      <Card size="small">
        <Flex align="center" gap={8}>
          <Switch checked={camera} onChange={setCamera} aria-label={t('events.checkin.camera')} />{' '}
          {t('events.checkin.camera')}
        </Flex>
        {camera && (
          <video
            ref={videoRef}
            muted
            playsInline
            style={{ width: '100%', marginTop: 8, borderRadius: 8, background: '#000' }}
          />
        )}
        {camera && error && <Alert type="warning" showIcon title={t('events.checkin.noCamera')} />}
        <Input.Search
          style={{ marginTop: 12 }}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={t('events.checkin.typeCode')}
          enterButton={t('events.checkin.check')}
          onSearch={(v) => {
            void submit(v);
            setTyped('');
          }}
          data-testid="checkin-code"
        />
        {queued > 0 && (
          <Button style={{ marginTop: 8 }} onClick={() => void sync()}>
            {t('events.checkin.syncNow')}
          </Button>
        )}
      </Card>
      {result && (
        <Card
          size="small"
          style={{ background: result.ok ? '#f6ffed' : '#fff1f0', borderColor: result.ok ? '#52c41a' : '#ff4d4f' }}
          data-testid={result.ok ? 'checkin-ok' : 'checkin-refused'}
        >
          <Result
            status={result.ok ? 'success' : 'error'}
            title={
              result.registration?.fullName ??
              (result.ok ? t('events.checkin.queuedTitle') : t('events.checkin.refused'))
            }
            subTitle={`${result.registration?.unitName ? `${result.registration.unitName} — ` : ''}${result.message}`}
          />
        </Card>
      )}
    </Flex>
  );
}

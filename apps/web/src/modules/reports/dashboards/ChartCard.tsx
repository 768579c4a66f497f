import type { ReactNode } from 'react';
import { Button, Card, Space } from 'antd';
import { DownloadOutlined, FileImageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Saves a data URL as a file, as a download link would. */
export function saveDataUrl(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A chart's card: its title, "Tải PNG" (when it has a picture) and "Tải .xlsx" (its numbers). */
export function ChartCard({
  title,
  chart,
  xlsxUrl,
  onPng,
  children,
}: {
  title: string;
  chart: string;
  xlsxUrl: string;
  onPng?: () => void | Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}
      data-testid={`dashboard-${chart}`}
      styles={{ body: { padding: 12 } }}
    >
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        {onPng && (
          <Button
            size="small"
            icon={<FileImageOutlined />}
            onClick={() => void onPng()}
            data-testid={`dashboard-${chart}-png`}
          >
            {t('reports.dashboard.png')}
          </Button>
        )}
        <Button size="small" icon={<DownloadOutlined />} href={xlsxUrl} data-testid={`dashboard-${chart}-xlsx`}>
          {t('reports.dashboard.xlsx')}
        </Button>
      </Space>
      {children}
    </Card>
  );
}

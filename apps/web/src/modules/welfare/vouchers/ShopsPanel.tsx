import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import { ShopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, formatNumberVN, Permission, type MerchantRow } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { ResponsiveTable } from '../../../ui/ResponsiveTable';
import { useHasPermission } from '../../auth/current-user';
import { createMerchant, fetchMerchants, revokeMerchant, shopLink, voucherKeys } from './vouchers.api';

/** Shops that redeem codes: each gets a link shown once, and can be cut off at once. */
export function ShopsPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const canWrite = useHasPermission(Permission.WelfareWrite);
  const list = useQuery({ queryKey: voucherKeys.merchants(programmeId), queryFn: () => fetchMerchants(programmeId) });
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: voucherKeys.merchants(programmeId) });
  const create = useMutation({
    mutationFn: () => createMerchant(programmeId, name),
    onSuccess: (r) => {
      setLink(shopLink(r.token));
      setName('');
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => revokeMerchant(id),
    onSuccess: () => {
      void message.success(t('welfareVouchers.revoked'));
      void refresh();
    },
  });
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('welfareVouchers.shops')}
      </Typography.Title>
      {canWrite && (
        <Flex wrap gap={8}>
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('welfareVouchers.shopName')}
            aria-label={t('welfareVouchers.shopName')}
            style={{ maxWidth: 320 }}
            data-testid="shop-name"
          />
          <Button
            icon={<ShopOutlined />}
            disabled={!name.trim()}
            loading={create.isPending}
            onClick={() => create.mutate()}
            data-testid="shop-create"
          >
            {t('welfareVouchers.addShop')}
          </Button>
        </Flex>
      )}
      {create.error && <Alert type="error" showIcon title={errorText(create.error)} />}
      <ResponsiveTable<MerchantRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          {
            title: t('welfareVouchers.shopName'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <>
                {v} {r.revokedAt && <Tag>{t('welfareVouchers.revokedTag')}</Tag>}
                <div>
                  <Typography.Text type="secondary">
                    {r.unitName} · {formatDateVN(r.createdAt)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('welfareVouchers.redeemed'),
            key: 'redeemed',
            width: 130,
            render: (_: unknown, r) => `${formatNumberVN(r.redeemed)} · ${formatMoneyVN(r.redeemedVnd)}`,
          },
          {
            title: t('welfareVouchers.link'),
            key: 'revoke',
            width: 90,
            render: (_: unknown, r) =>
              canWrite && !r.revokedAt ? (
                <Popconfirm title={t('welfareVouchers.revokeConfirm')} onConfirm={() => revoke.mutate(r.id)}>
                  <Button size="small" danger>
                    {t('welfareVouchers.revoke')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <Modal open={link !== null} onCancel={() => setLink(null)} footer={null} title={t('welfareVouchers.linkTitle')}>
        <Typography.Paragraph>{t('welfareVouchers.linkOnce')}</Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ text: link ?? '' }}
          code
          data-testid="shop-link"
          style={{ wordBreak: 'break-all' }}
        >
          {link}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}

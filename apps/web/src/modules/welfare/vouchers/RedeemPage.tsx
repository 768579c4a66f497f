import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, formatMoneyVN, formatVoucherCode, normaliseVoucherCode } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { fetchShop, redeem, voucherKeys } from './vouchers.api';

const STORE = 'congdoan.voucherShop';

/**
 * The token from the link's fragment (then kept on this phone, and taken out of the address bar so it is not
 * shared by a screenshot), or the one kept from before.
 */
function shopToken(): string {
  const fromLink = window.location.hash.replace(/^#/, '');
  if (/^[A-Za-z0-9_-]{43}$/.test(fromLink)) {
    try {
      localStorage.setItem(STORE, fromLink);
    } catch {
      // private mode: the link works for this visit
    }
    window.history.replaceState(null, '', window.location.pathname);
    return fromLink;
  }
  try {
    return localStorage.getItem(STORE) ?? '';
  } catch {
    return '';
  }
}

/** A shop redeems a Tết Market voucher on its phone: code + the buyer's phone (or its last 4 digits). */
export function RedeemPage() {
  const { t } = useTranslation();
  const [token] = useState(shopToken);
  const shop = useQuery({
    queryKey: voucherKeys.shop(token),
    queryFn: () => fetchShop(token),
    enabled: !!token,
    retry: false,
  });
  const [form] = Form.useForm<{ code: string; phone: string }>();
  const submit = useMutation({
    mutationFn: (v: { code: string; phone: string }) => redeem(token, v.code, v.phone),
    onSuccess: () => form.resetFields(),
  });
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 12, background: '#f5f5f5' }}>
      <main style={{ maxWidth: 480, width: '100%' }}>
        <Card data-testid="redeem-page">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('welfareVouchers.redeemTitle')}
          </Typography.Title>
          {!token || shop.isError ? (
            <Alert type="error" showIcon title={shop.error ? errorText(shop.error) : t('welfareVouchers.noLink')} />
          ) : !shop.data ? (
            <Spin />
          ) : (
            <>
              <Typography.Paragraph data-testid="redeem-shop">
                <strong>{shop.data.shopName}</strong>
                <br />
                {shop.data.programmeName} — {shop.data.ownerName}
              </Typography.Paragraph>
              <Form
                form={form}
                layout="vertical"
                requiredMark={false}
                onFinish={(v) => submit.mutate(v)}
                onValuesChange={() => submit.isError && submit.reset()}
              >
                <Form.Item
                  name="code"
                  label={t('welfareVouchers.code')}
                  rules={[{ required: true, message: t('welfareVouchers.codeRequired') }]}
                  normalize={(v: string) => formatVoucherCode(normaliseVoucherCode(v ?? '').slice(0, 12))}
                >
                  <Input
                    size="large"
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    placeholder="ABCD-EFGH-JKMN"
                    style={{ fontFamily: 'monospace', letterSpacing: 2 }}
                    data-testid="redeem-code"
                  />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label={t('welfareVouchers.phone')}
                  extra={t('welfareVouchers.phoneHelp')}
                  rules={[{ required: true, message: t('welfareVouchers.phoneRequired') }]}
                >
                  <Input size="large" inputMode="tel" autoComplete="off" data-testid="redeem-phone" />
                </Form.Item>
                <Button
                  type="primary"
                  size="large"
                  htmlType="submit"
                  block
                  loading={submit.isPending}
                  data-testid="redeem-submit"
                >
                  {t('welfareVouchers.redeem')}
                </Button>
              </Form>
              {submit.isError && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 16 }}
                  title={errorText(submit.error)}
                  data-testid="redeem-error"
                />
              )}
              {submit.data && (
                <Result
                  status="success"
                  data-testid="redeem-ok"
                  title={t('welfareVouchers.redeemedOk', { value: formatMoneyVN(submit.data.valueVnd) })}
                  subTitle={
                    <>
                      {formatVoucherCode(submit.data.code)} · {submit.data.fullName} · {submit.data.phoneMasked}
                      <br />
                      {formatDateTimeVN(submit.data.redeemedAt)}
                    </>
                  }
                />
              )}
            </>
          )}
        </Card>
      </main>
    </Flex>
  );
}

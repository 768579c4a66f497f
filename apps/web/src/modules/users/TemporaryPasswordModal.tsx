import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  username: string;
  password: string;
  onClose: () => void;
}

/** Shows a temporary password exactly once, with a copy button. */
export function TemporaryPasswordModal({ open, username, password, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.tempPassword.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.tempPassword.done')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text>{t('users.tempPassword.forUser', { username })}</Typography.Text>
        <Flex align="center" gap={8}>
          <Typography.Text code style={{ fontSize: 20 }} data-testid="temporary-password">
            {password}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="copy-password">
            {t('common.copy')}
          </Button>
        </Flex>
        <Alert type="warning" showIcon title={t('users.tempPassword.once')} />
      </Flex>
    </Modal>
  );
}

import { Alert, Flex, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { textEncodings, type MemberImport, type TextEncoding } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { importKeys, setImportEncoding } from './member-import.api';

/**
 * How the file's text is read (Unicode, TCVN3, VNI): what detection found, and a select to say otherwise.
 * Choosing reads the sheet again and goes back to the mapping step with the new sample.
 */
export function EncodingSelect({ imp }: { imp: MemberImport }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const choose = useMutation({
    mutationFn: (encoding: TextEncoding | null) => setImportEncoding(imp.id, encoding),
    onSuccess: (next) => client.setQueryData(importKeys.one(imp.id), next),
  });
  const { found, forced, columns } = imp.encoding;
  const name = (e: TextEncoding) => t(`memberImport.encodings.${e}`);
  const used = forced ?? found;
  const mixed = !forced && columns.some((c) => c !== found);
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        <label htmlFor={`import-encoding-${imp.id}`}>{t('memberImport.encoding')}</label>
        <Select
          id={`import-encoding-${imp.id}`}
          value={used}
          loading={choose.isPending}
          // Choosing what detection found again clears the choice.
          onChange={(v: TextEncoding) => choose.mutate(v === found ? null : v)}
          options={textEncodings.map((e) => ({ value: e, label: name(e) }))}
          style={{ minWidth: 190 }}
          data-testid="import-encoding"
        />
        <Typography.Text type="secondary" data-testid="import-encoding-found">
          {forced
            ? t('memberImport.encodingChosen', { name: name(found) })
            : t('memberImport.encodingFound', { name: name(found) })}
          {mixed && ` — ${t('memberImport.encodingMixed')}`}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary">{t('memberImport.encodingHelp')}</Typography.Text>
      {choose.error && <Alert type="error" showIcon title={errorText(choose.error)} data-testid="encoding-error" />}
    </Flex>
  );
}

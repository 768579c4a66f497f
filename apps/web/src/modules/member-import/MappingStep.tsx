import { useState } from 'react';
import { Alert, Button, DatePicker, Flex, Select, Table, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { importFieldName, importFieldsFor, type ImportField, type MemberImport } from '@congdoan/domain';
import { currentLanguage } from '../../app/i18n';
import { errorText } from '../../api/client';
import { checkImport, chooseSheet, importKeys } from './member-import.api';
import { EncodingSelect } from './EncodingSelect';

/** A list of another purpose checks through its own route (a nomination list: /api/welfare/imports/{id}/check). */
export type CheckVariant = (imp: MemberImport, fields: (string | null)[]) => Promise<MemberImport>;

/**
 * Step 2: the sheet, the header row and what each column means (proposed; the user may change it). The
 * choices are the fields of the list's purpose; a member list also asks for the admission date.
 */
export function MappingStep({ imp, check: checkVariant }: { imp: MemberImport; check?: CheckVariant }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [fields, setFields] = useState<(string | null)[]>(imp.fields);
  const [admittedOn, setAdmittedOn] = useState(imp.admittedOn);
  const update = (next: MemberImport) => {
    client.setQueryData(importKeys.one(imp.id), next);
    setFields(next.fields);
  };
  const sheet = useMutation({ mutationFn: (index: number) => chooseSheet(imp.id, index), onSuccess: update });
  const check = useMutation({
    mutationFn: () =>
      checkVariant
        ? checkVariant(imp, fields)
        : checkImport(imp.id, { sheetIndex: imp.sheetIndex, headerRow: imp.headerRow!, fields, admittedOn }),
    onSuccess: (next) => client.setQueryData(importKeys.one(imp.id), next),
  });
  const width = Math.max(imp.headers.length, ...imp.sample.map((r) => r.cells.length));
  const options = [
    { value: '', label: t('memberImport.ignore') },
    ...importFieldsFor(imp.purpose).map((f: ImportField) => ({
      value: f,
      label: importFieldName(f, currentLanguage()),
    })),
  ];
  const columns = Array.from({ length: width }, (_, c) => ({
    key: c,
    title: (
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{imp.headers[c] || '—'}</Typography.Text>
        <Select
          size="small"
          style={{ minWidth: 150 }}
          value={fields[c] ?? ''}
          options={options}
          onChange={(v: string) => setFields((old) => Object.assign([...old], { [c]: v || null }))}
          data-testid={`map-col-${c}`}
        />
      </Flex>
    ),
    render: (_: unknown, row: { cells: string[] }) => row.cells[c] ?? '',
  }));
  const dataRows = imp.sample.filter((r) => r.rowNumber >= (imp.dataStart ?? 0));
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center">
        {imp.sheets.length > 1 && (
          <span>
            {t('memberImport.sheet')}{' '}
            <Select
              value={imp.sheetIndex}
              loading={sheet.isPending}
              onChange={(v: number) => sheet.mutate(v)}
              options={imp.sheets.map((s) => ({ value: s.index, label: s.name }))}
              style={{ minWidth: 180 }}
              data-testid="import-sheet"
            />
          </span>
        )}
        <span>{t('memberImport.headerAt', { row: imp.headerRow })}</span>
        {imp.purpose === 'members' && (
          <span>
            {t('memberImport.admittedOn')}{' '}
            <DatePicker
              format="DD/MM/YYYY"
              allowClear={false}
              value={dayjs(admittedOn)}
              onChange={(d) => d && setAdmittedOn(d.format('YYYY-MM-DD'))}
            />
          </span>
        )}
      </Flex>
      <EncodingSelect imp={imp} />
      {sheet.error && <Alert type="error" showIcon title={errorText(sheet.error)} />}
      <Table
        size="small"
        bordered
        rowKey="rowNumber"
        columns={columns}
        dataSource={dataRows}
        pagination={false}
        scroll={{ x: true }}
        data-testid="mapping-table"
      />
      {check.error && <Alert type="error" showIcon title={errorText(check.error)} data-testid="check-error" />}
      <Button
        type="primary"
        onClick={() => check.mutate()}
        loading={check.isPending}
        style={{ width: 'fit-content' }}
        data-testid="import-check"
      >
        {t('memberImport.check')}
      </Button>
    </Flex>
  );
}

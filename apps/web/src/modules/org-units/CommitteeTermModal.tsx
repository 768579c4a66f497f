import { App, Button, Card, Col, Form, Input, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { committeePositions, type UpdateTermBody } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { DateInput } from '../../ui/DateInputs';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { todayIso } from '../../ui/today';
import { createTerm, orgKeys, updateTerm, type CommitteeTerm } from './org-units.api';

type Member = {
  id?: number;
  fullName: string;
  position: (typeof committeePositions)[number];
  startsOn?: string | null;
  endsOn?: string | null;
};
type Values = { label: string; startsOn: string; endsOn?: string | null; members: Member[] };

const blank = (v: string | null | undefined) => v || undefined;

/** The form's values for a term being edited: every member line with its id, so the API keeps it. */
function valuesOf(term: CommitteeTerm): Values {
  return {
    label: term.label,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
    members: term.members.map((m) => ({ ...m, position: m.position as Member['position'] })),
  };
}

/**
 * Add an executive-committee term to a unit, or (`term`) correct one: its label, dates and member
 * lines (kept, added or removed). The API checks the dates again and answers which line is wrong;
 * that answer sits beside the field and is scrolled into view.
 */
export function CommitteeTermModal({
  unitId,
  term,
  open,
  onClose,
}: {
  unitId: number;
  term?: CommitteeTerm;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: UpdateTermBody = {
        label: v.label.trim(),
        startsOn: v.startsOn,
        endsOn: v.endsOn || null,
        members: (v.members ?? []).map((m) => ({
          ...(m.id ? { id: m.id } : {}),
          fullName: m.fullName.trim(),
          position: m.position,
          startsOn: blank(m.startsOn),
          endsOn: m.endsOn || undefined,
        })),
      };
      return term ? updateTerm(unitId, term.id, body) : createTerm(unitId, body);
    },
    onSuccess: (items) => {
      qc.setQueryData(orgKeys.committee(unitId), items);
      void message.success(t('orgTree.committee.saved'));
      onClose();
    },
    onError: (e) => {
      if (!showApiErrorOnFields(form, e)) void message.error(errorText(e));
    },
  });
  const year = Number(todayIso().slice(0, 4));
  const c = (key: string) => t(`orgTree.committee.${key}`);

  return (
    <Modal
      open={open}
      width={760}
      title={term ? t('orgTree.committee.editTitle', { label: term.label }) : c('createTitle')}
      okText={c('save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'term-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => save.reset()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        initialValues={
          term
            ? valuesOf(term)
            : { label: `${year}–${year + 5}`, startsOn: todayIso(), members: [{ fullName: '', position: 'chair' }] }
        }
        data-testid="term-form"
      >
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="label"
              label={c('label')}
              extra={c('labelHint')}
              rules={[{ required: true, whitespace: true, message: c('labelRequired') }, { max: 40 }]}
            >
              <Input data-testid="term-label" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="startsOn"
              label={c('startsOn')}
              rules={[{ required: true, message: c('startsOnRequired') }]}
            >
              <DateInput style={{ width: '100%' }} data-testid="term-starts" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="endsOn"
              label={c('endsOn')}
              dependencies={['startsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | null | undefined) => {
                    const start = getFieldValue('startsOn') as string | undefined;
                    if (value && start && value <= start) throw new Error(c('endsAfterStart'));
                  },
                }),
              ]}
            >
              <DateInput style={{ width: '100%' }} data-testid="term-ends" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Card
              size="small"
              title={c('members')}
              styles={{ body: { paddingBottom: 0 } }}
              extra={
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => add({ fullName: '', position: 'member' })}
                  data-testid="term-add-member"
                >
                  {c('addMember')}
                </Button>
              }
            >
              {fields.map((field, i) => (
                <Row
                  gutter={8}
                  key={field.key}
                  align="top"
                  data-testid="term-member-row"
                  style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}
                >
                  <Col xs={24} sm={14}>
                    <Form.Item
                      name={[field.name, 'fullName']}
                      label={c('fullName')}
                      rules={[{ required: true, whitespace: true, message: c('nameRequired') }, { max: 200 }]}
                    >
                      <Input data-testid={`term-member-name-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={10}>
                    <Form.Item
                      name={[field.name, 'position']}
                      label={c('position')}
                      rules={[{ required: true, message: c('positionRequired') }]}
                    >
                      <Select
                        data-testid={`term-member-position-${i}`}
                        options={committeePositions.map((p) => ({ value: p, label: t(`orgTree.positions.${p}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={11}>
                    <Form.Item name={[field.name, 'startsOn']} label={c('memberStartsOn')}>
                      <DateInput style={{ width: '100%' }} placeholder="" data-testid={`term-member-starts-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={11}>
                    <Form.Item name={[field.name, 'endsOn']} label={c('memberEndsOn')}>
                      <DateInput style={{ width: '100%' }} placeholder="" data-testid={`term-member-ends-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item label=" ">
                      <Button
                        danger
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={c('removeMember')}
                        title={c('removeMember')}
                        onClick={() => remove(field.name)}
                        data-testid={`term-member-remove-${i}`}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.Item extra={c('memberDatesHint')} style={{ marginBottom: 8 }} />
            </Card>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

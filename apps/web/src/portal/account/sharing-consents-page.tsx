import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PersonFieldSchema, type PersonField } from '@yici/contracts';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Popconfirm, Tag, type DatePickerProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { SharingConsent } from '../../api/sharing.endpoints';
import { messages } from '../../messages';
import { fieldErrorsOf } from '../../shared/form-problems';
import { formatDate } from '../../shared/format-time';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ProblemView } from '../../shared/problem-view';
import { ResponsiveTable } from '../../shared/responsive-table';
import { sessionQueries } from '../../shared/session/session.queries';
import { accountQueries } from './account.queries';
import './account.css';

const text = messages.sharingConsents;
const FIELDS = ['clientId', 'purpose', 'validUntil', 'personFields'] as const;
const STATUS_COLOURS = { active: 'green', expired: 'default', withdrawn: 'red' } as const;
/** The server allows a consent to run at most this many days past today (a year, leap day included). */
const MAX_DAYS = 366;

type DateValue = Parameters<NonNullable<DatePickerProps['disabledDate']>>[0];
type ConsentValues = { clientId: string; purpose: string; validUntil: DateValue; personFields?: PersonField[] };

/** The resident fields a person may let a system read; the ID number is what the system already holds. */
const PERSON_FIELDS = PersonFieldSchema.options.filter((field) => field !== 'idNumber');

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the account may read with the consent, in the person's words. */
const fieldNames = messages.dataUse.fieldNames.person;

function readsOf(consent: SharingConsent): string {
  const names = fieldNames;
  const reads = [
    ...consent.personFields.map((field) => names[field] ?? field),
    ...(consent.certificates ? [text.certificates] : []),
  ];
  const shown = reads.length > 0 ? reads.join('、') : text.nothing;
  return consent.narrowed ? `${shown}${text.narrowed}` : shown;
}

function ConsentForm({ forEntity }: { forEntity: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsentValues>();
  // Today as the province counts it, whatever the browser's own time zone; the server decides.
  const today = formatDate(new Date().toISOString());
  const lastDay = addDays(today, MAX_DAYS);
  const grant = useMutation({
    mutationFn: (values: ConsentValues) =>
      api.grantSharingConsent({
        clientId: values.clientId.trim(),
        purpose: values.purpose.trim(),
        validUntil: values.validUntil.format('YYYY-MM-DD'),
        // An entity's consent concerns the entity's records, not a resident's fields.
        ...(forEntity ? {} : { personFields: values.personFields ?? [] }),
      }),
    onSuccess: async (consent) => {
      form.resetFields();
      void message.success(text.granted(consent.accountName));
      await queryClient.invalidateQueries({ queryKey: accountQueries.sharingConsents().queryKey });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  return (
    <Form<ConsentValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      className="consent-form"
      onFinish={(values) => grant.mutate(values)}
      initialValues={{ personFields: PERSON_FIELDS }}
      data-testid="consent-form"
    >
      {grant.isError && fieldErrorsOf(grant.error, FIELDS).rest && <ProblemAlert error={grant.error} />}
      <Form.Item
        name="clientId"
        label={text.clientId}
        extra={text.clientIdHelp}
        rules={[{ required: true, whitespace: true, message: text.clientIdRequired }]}
      >
        <Input placeholder={text.clientIdPlaceholder} maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="purpose"
        label={text.purpose}
        rules={[{ required: true, whitespace: true, min: 2, message: text.purposeRequired }]}
      >
        <Input placeholder={text.purposePlaceholder} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="validUntil"
        label={text.validUntil}
        extra={text.validUntilHelp}
        rules={[{ required: true, message: text.validUntilRequired }]}
      >
        {/* A date can be typed as well as picked: the keyboard reaches it like any field. */}
        <DatePicker
          disabledDate={(day) => {
            const date = day.format('YYYY-MM-DD');
            return date < today || date > lastDay;
          }}
        />
      </Form.Item>
      {!forEntity && (
        <Form.Item name="personFields" label={text.fields} extra={text.fieldsHelp}>
          <Checkbox.Group
            options={PERSON_FIELDS.map((field) => ({ value: field, label: fieldNames[field] ?? field }))}
            data-testid="consent-fields"
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={grant.isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}

/** 我给部门系统的授权: who may read what about me, for what, until when; grant one, withdraw one. */
export function SharingConsentsPage() {
  const me = useQuery(sessionQueries.me());
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const consents = useQuery({ ...accountQueries.sharingConsents(), enabled: !!me.data });
  const withdraw = useMutation({
    mutationFn: (reference: string) => api.withdrawSharingConsent(reference),
    onSuccess: async () => {
      void message.success(text.withdrawn);
      await queryClient.invalidateQueries({ queryKey: accountQueries.sharingConsents().queryKey });
    },
    onError: (error) => void message.error(error.message),
  });
  if (!me.data) return <PageLoading />;
  const entity = me.data.actingFor;
  const heading = entity ? text.entityHeading(entity.name) : text.heading;
  const columns: ColumnsType<SharingConsent> = [
    { title: text.account, dataIndex: 'accountName', key: 'account' },
    { title: text.reads, key: 'reads', render: (_, consent) => readsOf(consent) },
    { title: text.purpose, dataIndex: 'purpose', key: 'purpose' },
    { title: text.validUntil, dataIndex: 'validUntil', key: 'validUntil' },
    {
      title: text.status,
      key: 'status',
      render: (_, consent) => (
        <Tag color={STATUS_COLOURS[consent.status]} data-testid="consent-status">
          {text.statuses[consent.status]}
        </Tag>
      ),
    },
    { title: text.reference, dataIndex: 'reference', key: 'reference' },
    {
      title: text.operations,
      key: 'operations',
      render: (_, consent) =>
        consent.status === 'active' && (
          <Popconfirm
            title={text.withdrawConfirm}
            okText={messages.account.confirm}
            cancelText={messages.account.cancel}
            onConfirm={() => withdraw.mutate(consent.reference)}
          >
            <Button
              type="link"
              danger
              size="small"
              loading={withdraw.isPending && withdraw.variables === consent.reference}
            >
              {text.withdraw}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <div className="page" data-testid="sharing-consents-page" data-subject={entity?.uscc ?? 'self'}>
      <PageTitle>{heading}</PageTitle>
      <h1>{heading}</h1>
      <p className="page-intro">{entity ? `${text.intro}${text.entityIntro}` : text.intro}</p>
      <p>
        <Link to="/account/data-use" data-testid="consents-to-data-use">
          {text.toDataUse}
        </Link>
      </p>
      <Card title={text.grantHeading} className="account-section">
        <ConsentForm forEntity={!!entity} />
      </Card>
      <h2>{text.listHeading}</h2>
      {consents.isError ? (
        <ProblemView error={consents.error} onRetry={() => void consents.refetch()} />
      ) : (
        <ResponsiveTable<SharingConsent>
          rowKey="reference"
          size="middle"
          loading={consents.isFetching}
          columns={columns}
          dataSource={consents.data ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: text.empty }}
          data-testid="consents-table"
        />
      )}
    </div>
  );
}

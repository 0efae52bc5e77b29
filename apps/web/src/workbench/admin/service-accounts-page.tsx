import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CreateServiceAccountSchema,
  labelOf,
  LABELS,
  PersonFieldSchema,
  ServiceAccountKindSchema,
  type ListCount,
} from '@yici/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import type {
  AccountSubscription,
  CreateServiceAccountInput,
  IssuedSecret,
  ServiceAccount,
  WebhookDelivery,
} from '../../api/sharing.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { fieldErrorsOf } from '../../shared/form-problems';
import { FormModal } from '../../shared/form-modal';
import { formatDateTime } from '../../shared/format-time';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ProblemView } from '../../shared/problem-view';
import { CursorTable } from '../../shared/cursor-table';
import { ResponsiveTable } from '../../shared/responsive-table';
import { adminQueries, DELIVERY_PAGE_SIZE } from './admin.queries';
import '../workbench.css';

const title = messages.workbench.tools.serviceAccounts.title;
const text = messages.workbench.serviceAccounts;
const fieldNames = messages.dataUse.fieldNames.person;
const shape = CreateServiceAccountSchema.shape;
const FIELDS = ['name', 'kind', 'scopes', 'personFields', 'regionCode', 'departmentId'] as const;
const SCOPE_OPTIONS = Object.keys(LABELS.serviceAccountScope).map((value) => ({
  value,
  label: labelOf('serviceAccountScope', value),
}));
const KIND_OPTIONS = ServiceAccountKindSchema.options.map((value) => ({
  value,
  label: labelOf('serviceAccountKind', value),
}));
const FIELD_OPTIONS = PersonFieldSchema.options
  .filter((field) => field !== 'idNumber')
  .map((value) => ({ value, label: fieldNames[value] ?? value }));
/** A replay from the page resends the last week: what a receiver that was down for a while missed. */
const REPLAY_DAYS = 7;

type Secret = ServiceAccount['secrets'][number];

function useRefreshAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['workbench', 'service-accounts'] });
}

/** The client secret, once: with a copy button and the warning that it is never shown again. */
function IssuedSecretModal({ issued, onClose }: { issued: IssuedSecret | null; onClose: () => void }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued?.clientSecret ?? '');
      void message.success(text.copied);
    } catch {
      void message.error(text.copyFailed);
    }
  };
  return (
    <Modal
      title={text.issuedTitle}
      open={!!issued}
      onCancel={onClose}
      maskClosable={false}
      // Once closed, the secret leaves the page: nothing keeps it in the DOM.
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {text.saved}
        </Button>
      }
    >
      {issued && (
        <div data-testid="issued-secret">
          <Alert type="warning" showIcon title={text.issuedWarning} className="service-account-warning" />
          <p>
            {text.clientId}：<code data-testid="issued-client-id">{issued.clientId}</code>
          </p>
          <p>{text.secrets}：</p>
          <Space.Compact className="service-account-secret">
            <Input readOnly value={issued.clientSecret} data-testid="issued-client-secret" aria-label={text.secrets} />
            <Button onClick={() => void copy()}>{text.copy}</Button>
          </Space.Compact>
        </div>
      )}
    </Modal>
  );
}

function RegisterModal(props: { isOpen: boolean; onClose: () => void; onIssued: (issued: IssuedSecret) => void }) {
  const { message } = App.useApp();
  const refresh = useRefreshAccounts();
  const [form] = Form.useForm<CreateServiceAccountInput>();
  const register = useMutation({
    mutationFn: (values: CreateServiceAccountInput) =>
      api.registerServiceAccount({
        ...values,
        name: values.name.trim(),
        personFields: values.personFields ?? [],
        departmentId: values.departmentId?.trim() || null,
      }),
    onSuccess: async (issued) => {
      void message.success(text.registered(issued.account.name));
      form.resetFields();
      props.onClose();
      props.onIssued(issued);
      await refresh();
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  return (
    <FormModal<CreateServiceAccountInput, (typeof FIELDS)[number]>
      title={text.register}
      okText={text.save}
      cancelText={text.cancel}
      isOpen={props.isOpen}
      onClose={props.onClose}
      form={form}
      fieldNames={FIELDS}
      mutation={register}
      testId="register-service-account-form"
    >
      <Form.Item
        name="name"
        label={text.name}
        rules={[{ required: true, whitespace: true, min: 2, message: text.nameRequired }]}
      >
        <Input placeholder={text.namePlaceholder} maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={text.kind} rules={[{ required: true, message: text.kindRequired }]}>
        <Select options={KIND_OPTIONS} data-testid="service-account-kind" />
      </Form.Item>
      <Form.Item name="scopes" label={text.scopes} rules={[{ required: true, message: text.scopesRequired }]}>
        <Checkbox.Group options={SCOPE_OPTIONS} className="service-account-choices" />
      </Form.Item>
      <Form.Item name="personFields" label={text.personFields} extra={text.personFieldsHelp}>
        <Checkbox.Group options={FIELD_OPTIONS} className="service-account-choices" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={text.regionCode}
        rules={[{ required: true, message: text.regionRequired }, contractRule(shape.regionCode)]}
      >
        <Input placeholder={text.regionPlaceholder} maxLength={12} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="departmentId" label={text.departmentId}>
        <Input placeholder={text.departmentPlaceholder} maxLength={64} />
      </Form.Item>
    </FormModal>
  );
}

function RotateModal(props: {
  account: ServiceAccount | null;
  onClose: () => void;
  onIssued: (issued: IssuedSecret) => void;
}) {
  const refresh = useRefreshAccounts();
  const [overlapHours, setOverlapHours] = useState<number>(24);
  const rotate = useMutation({
    mutationFn: (account: ServiceAccount) => api.rotateClientSecret(account.id, overlapHours),
    onSuccess: async (issued) => {
      props.onClose();
      props.onIssued(issued);
      await refresh();
    },
  });
  return (
    <Modal
      title={text.rotateTitle}
      open={!!props.account}
      onCancel={props.onClose}
      onOk={() => props.account && rotate.mutate(props.account)}
      okText={text.rotateOk}
      cancelText={text.cancel}
      confirmLoading={rotate.isPending}
    >
      <div data-testid="rotate-secret">
        {rotate.isError && <ProblemAlert error={rotate.error} />}
        <p>{props.account?.name}</p>
        <p>{text.rotateIntro}</p>
        <label>
          {text.overlapHours}
          <InputNumber
            min={0}
            max={168}
            precision={0}
            value={overlapHours}
            onChange={(value) => setOverlapHours(value ?? 0)}
            className="service-account-overlap"
          />
        </label>
      </div>
    </Modal>
  );
}

/** A secret's state in words: in use, in its overlap until a time, expired, or revoked. */
function secretState(secret: Secret, now: string): string {
  if (secret.revokedAt) return text.secretRevoked(formatDateTime(secret.revokedAt));
  if (secret.expiresAt && secret.expiresAt <= now) return text.secretExpired(formatDateTime(secret.expiresAt));
  if (secret.expiresAt) return text.secretUntil(formatDateTime(secret.expiresAt));
  return text.secretInUse;
}

function Secrets({ account }: { account: ServiceAccount }) {
  const { message } = App.useApp();
  const refresh = useRefreshAccounts();
  const revoke = useMutation({
    mutationFn: (secretId: string) => api.revokeClientSecret(account.id, secretId),
    onSuccess: async () => {
      void message.success(text.revokedSecret);
      await refresh();
    },
    onError: (error) => void message.error(error.message),
  });
  const now = new Date().toISOString();
  if (account.secrets.length === 0) return <>{text.noSecrets}</>;
  return (
    <ul className="service-account-secrets" data-testid="account-secrets">
      {account.secrets.map((secret) => {
        const usable = !secret.revokedAt && (!secret.expiresAt || secret.expiresAt > now);
        return (
          <li key={secret.id} data-testid="account-secret" data-usable={usable}>
            {text.secretCreated(formatDateTime(secret.createdAt))} · {secretState(secret, now)}
            {usable && account.status === 'active' && (
              <Popconfirm
                title={text.revokeSecretConfirm}
                okText={text.confirm}
                cancelText={text.cancel}
                onConfirm={() => revoke.mutate(secret.id)}
              >
                <Button type="link" danger size="small">
                  {text.revokeSecret}
                </Button>
              </Popconfirm>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A subscription's delivery log, newest first, a page at a time along the server's cursors (it grows per event). */
function Deliveries({ account, subscription }: { account: ServiceAccount; subscription: AccountSubscription }) {
  // The page shown is the cursor the server gave (undefined: the first page); another subscription starts anew.
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const deliveries = useQuery(
    adminQueries.serviceAccountDeliveries(account.id, subscription.id, { cursor, limit: DELIVERY_PAGE_SIZE }),
  );
  const columns: ColumnsType<WebhookDelivery> = [
    { title: text.eventType, key: 'eventType', render: (_, row) => labelOf('sharedEventType', row.eventType) },
    {
      title: text.status,
      key: 'status',
      render: (_, row) => (
        <Tag color={row.status === 'failed' ? 'red' : row.status === 'delivered' ? 'green' : 'blue'}>
          {labelOf('webhookDeliveryStatus', row.status)}
        </Tag>
      ),
    },
    { title: text.attempts, dataIndex: 'attempts', key: 'attempts' },
    { title: text.lastResult, key: 'lastResult', render: (_, row) => row.lastError ?? row.lastStatusCode ?? '' },
    { title: text.createdAt, key: 'createdAt', render: (_, row) => formatDateTime(row.createdAt) },
  ];
  if (deliveries.isError) return <ProblemView error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  return (
    <CursorTable<WebhookDelivery>
      page={deliveries.data}
      cursor={cursor}
      isLoading={deliveries.isFetching}
      onPageChange={setCursor}
      columns={columns}
      unit={text.deliveryUnit}
      emptyText={text.noDeliveries}
      size="small"
      width={800}
      testId="deliveries-table"
    />
  );
}

/** The account's event subscriptions, each with its delivery counts, its log and a replay. */
function AccountDetail({ account }: { account: ServiceAccount }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const subscriptions = useQuery(adminQueries.serviceAccountSubscriptions(account.id));
  const [open, setOpen] = useState<string | null>(null);
  const replay = useMutation({
    mutationFn: (subscriptionId: string) =>
      api.replayServiceAccountEvents(
        account.id,
        subscriptionId,
        new Date(Date.now() - REPLAY_DAYS * 86_400_000).toISOString(),
      ),
    onSuccess: async ({ requeued }) => {
      void message.success(text.replayed(requeued));
      await queryClient.invalidateQueries({ queryKey: ['workbench', 'service-accounts'] });
    },
    onError: (error) => void message.error(error.message),
  });
  return (
    <Card title={`${account.name} · ${text.subscriptions}`} className="account-section" data-testid="account-detail">
      {account.flaggedAt && (
        <Alert
          type="error"
          showIcon
          title={`${text.flagged}（${formatDateTime(account.flaggedAt)}）`}
          description={account.flagReason}
          className="service-account-warning"
        />
      )}
      {subscriptions.isError ? (
        <ProblemView error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      ) : (subscriptions.data ?? []).length === 0 ? (
        <p>{subscriptions.isFetching ? '' : text.noSubscriptions}</p>
      ) : (
        (subscriptions.data ?? []).map((subscription) => (
          <div key={subscription.id} className="service-account-subscription" data-testid="account-subscription">
            <p className="long-value">
              {text.url}：{subscription.url}
            </p>
            <p>
              <Tag color={subscription.status === 'active' ? 'green' : 'red'}>
                {labelOf('subscriptionStatus', subscription.status)}
              </Tag>
              {subscription.eventTypes.map((type) => labelOf('sharedEventType', type)).join('、')}
            </p>
            <p>
              {text.deliveryCounts}：
              {text.counts(
                countText(subscription.deliveries.delivered),
                countText(subscription.deliveries.pending),
                countText(subscription.deliveries.failed),
              )}
            </p>
            <Space wrap>
              <Button size="small" onClick={() => setOpen(open === subscription.id ? null : subscription.id)}>
                {text.showDeliveries}
              </Button>
              <Button
                size="small"
                loading={replay.isPending && replay.variables === subscription.id}
                onClick={() => replay.mutate(subscription.id)}
              >
                {text.replay}
              </Button>
            </Space>
            {open === subscription.id && <Deliveries account={account} subscription={subscription} />}
          </div>
        ))
      )}
    </Card>
  );
}

/** 服务账号: department systems and partners that connect as machines; register, rotate, revoke, watch. */
export function ServiceAccountsPage() {
  const { message } = App.useApp();
  const refresh = useRefreshAccounts();
  const accounts = useQuery(adminQueries.serviceAccounts());
  const [isRegistering, setIsRegistering] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [rotating, setRotating] = useState<ServiceAccount | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const disable = useMutation({
    mutationFn: (account: ServiceAccount) => api.revokeServiceAccount(account.id),
    onSuccess: async (account) => {
      void message.success(text.disabled(account.name));
      await refresh();
    },
    onError: (error) => void message.error(error.message),
  });
  const selected = accounts.data?.find((account) => account.id === selectedId) ?? null;
  const columns: ColumnsType<ServiceAccount> = [
    {
      title: text.name,
      key: 'name',
      render: (_, account) => (
        <>
          <div>{account.name}</div>
          <div className="service-account-client-id">
            {text.clientId}：<span className="long-value">{account.clientId}</span>
          </div>
        </>
      ),
    },
    { title: text.kind, key: 'kind', render: (_, account) => labelOf('serviceAccountKind', account.kind) },
    {
      title: text.scopes,
      key: 'scopes',
      render: (_, account) =>
        account.scopes.length === 0
          ? text.noScope
          : account.scopes.map((scope) => <Tag key={scope}>{labelOf('serviceAccountScope', scope)}</Tag>),
    },
    {
      title: text.dataScope,
      key: 'dataScope',
      render: (_, account) => `${account.regionCode} · ${account.departmentId ?? text.wholeRegion}`,
    },
    {
      title: text.status,
      key: 'status',
      render: (_, account) => (
        <>
          <Tag color={account.status === 'active' ? 'green' : 'default'} data-testid="account-status">
            {labelOf('serviceAccountStatus', account.status)}
          </Tag>
          {account.flaggedAt && (
            <Tag color="red" title={account.flagReason ?? undefined} data-testid="account-flagged">
              {text.flagged}
            </Tag>
          )}
        </>
      ),
    },
    { title: text.secrets, key: 'secrets', render: (_, account) => <Secrets account={account} /> },
    {
      title: text.operations,
      key: 'operations',
      render: (_, account) => (
        <Space wrap size={0}>
          <Button type="link" size="small" onClick={() => setSelectedId(account.id)}>
            {text.details}
          </Button>
          {account.status === 'active' && (
            <>
              <Button type="link" size="small" onClick={() => setRotating(account)}>
                {text.rotate}
              </Button>
              <Popconfirm
                title={text.disableConfirm}
                okText={text.confirm}
                cancelText={text.cancel}
                onConfirm={() => disable.mutate(account)}
              >
                <Button type="link" danger size="small">
                  {text.disable}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];
  return (
    <div className="page" data-testid="service-accounts-page">
      <PageTitle>{title}</PageTitle>
      <div className="workbench-heading">
        <h1>{title}</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsRegistering(true)}>
          {text.register}
        </Button>
      </div>
      <p className="page-intro">{text.intro}</p>
      {accounts.isError ? (
        <ProblemView error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <ResponsiveTable<ServiceAccount>
          rowKey="id"
          size="middle"
          loading={accounts.isFetching}
          columns={columns}
          dataSource={accounts.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: text.empty }}
          data-testid="service-accounts-table"
        />
      )}
      {selected && <AccountDetail account={selected} />}
      <RegisterModal isOpen={isRegistering} onClose={() => setIsRegistering(false)} onIssued={setIssued} />
      <RotateModal account={rotating} onClose={() => setRotating(null)} onIssued={setIssued} />
      <IssuedSecretModal issued={issued} onClose={() => setIssued(null)} />
    </div>
  );
}

/** A bounded count as a number: "10,000+" once it stopped at its bound. */
function countText(count: ListCount): string {
  return `${count.value.toLocaleString('zh-CN')}${count.atLeast ? '+' : ''}`;
}

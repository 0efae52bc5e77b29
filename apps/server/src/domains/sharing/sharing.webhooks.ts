import { randomBytes, randomUUID } from 'node:crypto';
import type { CursorQuery, DeliveryPage, SharedEventType } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { requireMachine, requireStaff } from '../../platform/access/access';
import type { AuditLog } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { hmacSm3, type KeyWrapper } from '../../platform/crypto/sm';
import type { DbOrTx } from '../../platform/db/database';
import type { ListCursors } from '../../platform/db/keyset';
import type { Outbox, OutboxEventRow } from '../../platform/outbox/outbox.service';
import { sharingErrors } from './sharing.errors';
import { internalTargetProblem, type Resolver } from './sharing.webhook-address';
import { DELIVERY_ORDER, type DeliveryRow, type SharingRepository, type SubscriptionRow } from './sharing.repository';

/** Attempts before a receiver is given up on: the subscription is suspended and its account flagged. */
export const RETRY_BUDGET = 8;
/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
const LEASE_MS = 60_000;

/** What a receiver is sent: POST, JSON, signed. */
export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
/** Sends one request; resolves with the HTTP status, rejects when no answer came. */
export type WebhookSender = (request: WebhookRequest) => Promise<number>;

/**
 * The signature header: HMAC-SM3 over `<timestamp>.<body>` with the subscription's key, so a
 * receiver can check both origin and freshness (and a replayed old request shows its old time).
 */
export function signatureOf(key: Buffer, timestamp: string, body: string): string {
  return `hmac-sm3=${hmacSm3(key, `${timestamp}.${body}`).toString('hex')}`;
}

/**
 * Where a webhook may point: https only (the events name cases and departments), no user
 * information in the address, no fragment. Plain http only where configured (development, tests).
 */
export function webhookUrlProblem(text: string, allowHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '地址格式不正确';
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return '只接受 https 地址';
  if (url.username || url.password) return '地址中不得包含用户名或密码';
  if (url.hash) return '地址中不得包含片段（#）';
  return null;
}

type Deps = {
  repo: SharingRepository;
  outbox: Pick<Outbox, 'fanOutEvents'>;
  clock: Clock;
  audit: AuditLog;
  keys: KeyWrapper;
  send: WebhookSender;
  allowHttp: boolean;
  /** Receivers inside the network (private, loopback, link-local addresses) are accepted: configuration only. */
  allowInternal: boolean;
  resolve: Resolver;
  /** Signs and reads the delivery logs' cursors (keyset pagination), with the platform's one key. */
  cursors: ListCursors;
};

/**
 * Signed webhooks for department systems, from the event outbox: at least once, each event with
 * its stable id; retries with back-off up to a budget, then the subscription is suspended and the
 * account flagged — the delivery log keeps every attempt's outcome and the subscriber can replay.
 */
export function createWebhooks(deps: Deps) {
  const { repo, outbox, clock, audit, keys, send } = deps;

  const view = (row: SubscriptionRow) => ({
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  });

  /** An account's subscription as its administrator sees it: within the administrator's region. */
  async function administeredSubscription(context: RequestContext, accountId: string, id: string) {
    const account = await administeredAccount(context, accountId);
    const row = await repo.findSubscription(id);
    if (!row || row.accountId !== account.id) throw sharingErrors.subscriptionNotFound();
    return row;
  }

  async function administeredAccount(context: RequestContext, accountId: string) {
    const account = await repo.findAccount(accountId);
    if (!account) throw sharingErrors.accountNotFound();
    requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: account.regionCode });
    return account;
  }

  const deliveryView = (delivery: DeliveryRow) => ({
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  });

  async function requeue(context: RequestContext, row: SubscriptionRow, since: string) {
    const requeued = await repo.requeueDeliveries(row.id, new Date(since), clock.now());
    if (row.status === 'suspended') await repo.updateSubscription(row.id, { status: 'active' });
    await audit.record(repo.db, context, {
      action: 'sharing.subscription.replay',
      subjectType: 'webhook_subscription',
      subjectId: row.id,
      details: { since, requeued },
    });
    return { requeued };
  }

  /**
   * A page of a subscription's delivery log along signed cursors. The subscription is the cursor's
   * filter, so a cursor of another subscription's log (or of the other route's list) is refused.
   */
  async function deliveryLog(list: string, subscription: SubscriptionRow, query: CursorQuery): Promise<DeliveryPage> {
    const request = deps.cursors.open({
      list,
      filters: { subscriptionId: subscription.id },
      query,
      order: DELIVERY_ORDER,
    });
    const { rows, count } = await repo.deliveryPage(subscription.id, {
      position: request.position,
      limit: request.limit,
    });
    const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
    return { items: page.rows.map(deliveryView), next: page.next, prev: page.prev, count, limit: request.limit };
  }

  async function ownSubscription(context: RequestContext, id: string) {
    const actor = requireMachine(context, 'sharing:events');
    const row = await repo.findSubscription(id);
    if (!row || row.accountId !== actor.serviceAccountId) throw sharingErrors.subscriptionNotFound();
    return row;
  }

  /**
   * Whether the event is within the account's data scope: its region, and its department when
   * bound — a task's event names its department, a case-level one (accepted, completed) the
   * departments of the case's items (`departmentIds`); an event naming none is the region's.
   */
  function concerns(event: OutboxEventRow, account: { regionCode: string; departmentId: string | null }) {
    if (!event.regionCode.startsWith(account.regionCode)) return false;
    if (!account.departmentId) return true;
    if (event.departmentId) return event.departmentId === account.departmentId;
    const involved = event.payload.departmentIds;
    return !Array.isArray(involved) || involved.includes(account.departmentId);
  }

  async function fanOut(tx: DbOrTx, events: OutboxEventRow[]) {
    const subscriptions = await repo.activeSubscriptions(tx);
    const rows: DeliveryRow[] = [];
    for (const event of events) {
      for (const { subscription, account } of subscriptions) {
        if (!subscription.eventTypes.includes(event.type)) continue;
        if (event.occurredAt < subscription.createdAt || !concerns(event, account)) continue;
        rows.push({
          id: randomUUID(),
          subscriptionId: subscription.id,
          eventId: event.id,
          eventType: event.type,
          payload: { id: event.id, type: event.type, occurredAt: event.occurredAt.toISOString(), data: event.payload },
          status: 'pending',
          attempts: 0,
          nextAttemptAt: clock.now(),
          lastStatusCode: null,
          lastError: null,
          deliveredAt: null,
          createdAt: clock.now(),
        });
      }
    }
    await repo.insertDeliveries(rows, tx);
  }

  async function attempt(delivery: DeliveryRow, subscription: SubscriptionRow) {
    const body = JSON.stringify(delivery.payload);
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const key = Buffer.from(keys.unwrap(subscription.signingKeyWrapped), 'hex');
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await send({
        url: subscription.url,
        body,
        headers: {
          'content-type': 'application/json',
          'x-yici-event-id': delivery.eventId,
          'x-yici-event-type': delivery.eventType,
          'x-yici-timestamp': timestamp,
          'x-yici-signature': signatureOf(key, timestamp, body),
        },
      });
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.message.slice(0, 200) : 'no answer';
    }
    const attempts = delivery.attempts + 1;
    const now = clock.now();
    if (!error) {
      await repo.updateDelivery(delivery.id, {
        status: 'delivered',
        attempts,
        lastStatusCode: status,
        lastError: null,
        deliveredAt: now,
      });
      return;
    }
    if (attempts < RETRY_BUDGET) {
      await repo.updateDelivery(delivery.id, {
        attempts,
        lastStatusCode: status,
        lastError: error,
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
      });
      return;
    }
    // Budget spent: stop sending to this receiver until its owner replays; nothing leaves the log.
    await repo.updateDelivery(delivery.id, { status: 'failed', attempts, lastStatusCode: status, lastError: error });
    await repo.updateSubscription(subscription.id, { status: 'suspended' });
    await repo.updateAccount(subscription.accountId, {
      flaggedAt: now,
      flagReason: `事件推送地址连续 ${RETRY_BUDGET} 次投递失败：${error}`,
    });
  }

  return {
    async subscribe(context: RequestContext, input: { url: string; eventTypes: SharedEventType[] }) {
      const actor = requireMachine(context, 'sharing:events');
      const problem = webhookUrlProblem(input.url, deps.allowHttp);
      if (problem) throw sharingErrors.webhookUrlRefused(problem);
      const target = deps.allowInternal ? null : await internalTargetProblem(new URL(input.url), deps.resolve);
      if (target) throw sharingErrors.webhookUrlRefused(target);
      const signingKey = randomBytes(32).toString('hex');
      const row: SubscriptionRow = {
        id: randomUUID(),
        accountId: actor.serviceAccountId,
        url: input.url,
        eventTypes: [...new Set(input.eventTypes)],
        signingKeyWrapped: keys.wrap(signingKey),
        status: 'active',
        createdAt: clock.now(),
      };
      await repo.insertSubscription(row);
      return { subscription: view(row), signingKey };
    },

    async list(context: RequestContext) {
      const actor = requireMachine(context, 'sharing:events');
      return (await repo.listSubscriptionsOf(actor.serviceAccountId)).map(view);
    },

    /** The subscriber's own delivery log, newest first, a page at a time. */
    async deliveries(context: RequestContext, id: string, query: CursorQuery): Promise<DeliveryPage> {
      return deliveryLog('subscription_deliveries', await ownSubscription(context, id), query);
    },

    /** The subscriber asks for everything since a moment again (same event ids); a suspended subscription resumes. */
    async replay(context: RequestContext, id: string, input: { since: string }) {
      return requeue(context, await ownSubscription(context, id), input.since);
    },

    /** An account's subscriptions for its administrator, with how their deliveries stand. */
    async subscriptionsOfAccount(context: RequestContext, accountId: string) {
      const account = await administeredAccount(context, accountId);
      const rows = await repo.listSubscriptionsOf(account.id);
      const views = [];
      for (const row of rows) views.push({ ...view(row), deliveries: await repo.countDeliveriesByStatus(row.id) });
      return views;
    },

    /** A subscription's delivery log for the account's administrator, newest first, a page at a time. */
    async deliveriesOfAccount(
      context: RequestContext,
      accountId: string,
      id: string,
      query: CursorQuery,
    ): Promise<DeliveryPage> {
      return deliveryLog('service_account_deliveries', await administeredSubscription(context, accountId, id), query);
    },

    /** The administrator replays for a receiver that was down (it was fixed, the owner asked): as the subscriber would. */
    async replayForAccount(context: RequestContext, accountId: string, id: string, input: { since: string }) {
      return requeue(context, await administeredSubscription(context, accountId, id), input.since);
    },

    /** One run of the job: fan new events out, then send what is due. Resolves true when work is left. */
    async dispatch(batch = 100): Promise<boolean> {
      const fanned = await outbox.fanOutEvents(batch, fanOut);
      const now = clock.now();
      const due = await repo.claimDueDeliveries(now, new Date(now.getTime() + LEASE_MS), batch);
      await Promise.all(due.map(({ delivery, subscription }) => attempt(delivery, subscription)));
      return fanned === batch || due.length === batch;
    },
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;

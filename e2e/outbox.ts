import { OutboxMessageSchema } from '@yici/contracts';
import { baseUrl } from './browser';

/**
 * One-time codes as the person would read them on their phone. The e2e server runs with
 * YICI_DEV_OUTBOX_PUBLIC=true, which opens the development outbox without login; the
 * administrator's own second factor could not be read any other way.
 */
const OutboxListSchema = OutboxMessageSchema.array();
const CODE_PATTERN = /(\d{6})/;
const POLL_MS = 250;
const WAIT_MS = 15_000;

async function listOutbox(recipient: string, limit: number) {
  const query = new URLSearchParams({ recipient, limit: String(limit) });
  const response = await fetch(`${baseUrl()}/api/dev/outbox?${query.toString()}`);
  if (response.status === 404) {
    throw new Error('GET /api/dev/outbox is missing: start the e2e server with YICI_DEV_OUTBOX_PUBLIC=true');
  }
  if (!response.ok) throw new Error(`GET /api/dev/outbox answered ${response.status}`);
  return OutboxListSchema.parse(await response.json());
}

/** The id of the newest message to this phone, 0 if none: take it before the step that sends a code. */
export async function latestOutboxId(recipient: string): Promise<number> {
  const [latest] = await listOutbox(recipient, 1);
  return latest?.id ?? 0;
}

/** The code in the first message to this phone newer than `after`, waiting briefly for it to arrive. */
export async function readLatestCode(recipient: string, options: { after?: number } = {}): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const [latest] = await listOutbox(recipient, 1);
    const code = latest && latest.id > (options.after ?? 0) ? CODE_PATTERN.exec(latest.body)?.[1] : undefined;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no new code for ${recipient} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

import { customType } from 'drizzle-orm/pg-core';

/** Binary content (PDFs, uploaded files) as Node Buffers, whichever driver returned it. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

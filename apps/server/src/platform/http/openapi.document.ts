import openapiTS, { astToString } from 'openapi-typescript';
import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../clock';
import { openDatabase } from '../db/database';
import { auditSignerOf } from '../audit/audit.signing';
import { generousRateLimits } from '../rate-limit/rate-limit.rules';

/** Where integrators find the document and the typed client generated from it. */
export const API_CLIENT_DIR = new URL('../../../../../packages/api-client/', import.meta.url);
/** The committed document names this server; a running platform names its own public URL. */
export const DOCUMENT_PUBLIC_URL = 'http://localhost:3000';

const HEADER =
  '// Generated from packages/api-client/openapi.json by openapi-typescript: `npm run api-client`. Do not edit.\n';

/** The document as the platform serves it, in a stable text form (two-space JSON, newline at the end). */
export async function documentText(app: FastifyInstance): Promise<string> {
  await app.ready();
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}

/** The TypeScript types of every path and schema, generated with openapi-typescript. */
export async function clientTypesText(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    rootTypesNoSchemaPrefix: false,
  });
  return HEADER + astToString(ast);
}

/**
 * The whole platform's routes over an empty in-memory database (nothing is queried: routes only
 * register), so the document can be written without a running server.
 */
export async function openDocumentApp(): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const { createPlatformHttp, createServices } = await import('../../platform');
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const clock = fixedClock(new Date('2026-01-01T00:00:00Z'));
  const services = createServices({
    database,
    clock,
    sealMasterKey: Buffer.alloc(16),
    publicUrl: DOCUMENT_PUBLIC_URL,
    // Any valid SM2 key: nothing is signed while the document is written.
    audit: { signer: auditSignerOf('3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8') },
  });
  const app = await createPlatformHttp({
    database,
    services,
    clock,
    logLevel: 'silent',
    webDist: null,
    secureCookies: false,
    rateLimits: generousRateLimits(),
  });
  return {
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

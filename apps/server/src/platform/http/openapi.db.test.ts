import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../access/permissions';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { API_CLIENT_DIR, clientTypesText, DOCUMENT_PUBLIC_URL, documentText } from './openapi.document';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown>; example?: unknown; examples?: unknown }> };
};
type Document = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, Record<string, unknown>> };
};

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
let t: TestApp;
let document: Document;
let operations: { method: string; path: string; operation: Operation }[];

beforeAll(async () => {
  t = await openTestApp();
  document = JSON.parse(await documentText(t.app)) as Document;
  operations = Object.entries(document.paths).flatMap(([pathName, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path: pathName, operation })),
  );
});
afterAll(async () => t?.close());

/**
 * The document is a contract integrators generate clients from: these rules hold for every
 * operation, so a route added without them fails here and names itself.
 */
describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with no `nullable` anywhere (null is a type in 3.1)', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it('names the platform’s public URL as its server', () => {
    expect(document.servers).toEqual([{ url: 'http://yici.test', description: '本平台' }]);
  });

  it('gives every operation a unique camelCase operationId, tags and a Chinese summary', () => {
    const missing = operations
      .filter(({ operation }) => !operation.operationId || !/^[a-z][A-Za-z0-9]*$/.test(operation.operationId))
      .map(({ method, path: p }) => `${method.toUpperCase()} ${p}`);
    expect(missing, 'operations without a camelCase operationId').toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate operationIds',
    ).toEqual([]);
    const unsummarised = operations
      .filter(({ operation }) => !/\p{Script=Han}/u.test(operation.summary ?? '') || !operation.tags?.length)
      .map(({ method, path: p }) => `${method.toUpperCase()} ${p}`);
    expect(unsummarised, 'operations without tags or a Chinese summary').toEqual([]);
  });

  it('declares on every operation the security its permission enforces', () => {
    const byUrl = new Map(t.app.apiRoutes.map((route) => [`${route.method} ${route.url}`, route.permission]));
    const schemes = new Set(Object.keys(document.components.securitySchemes));
    expect([...schemes].sort()).toEqual(['clientCredentials', 'csrf', 'session']);
    for (const { method, path: p, operation } of operations) {
      const key = `${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`;
      const permission = byUrl.get(key) as Permission | undefined;
      expect(permission, `${key} has a permission`).toBeDefined();
      const rule: { public?: true; person?: unknown; staff?: unknown; machine?: true } = PERMISSIONS[permission!];
      expect(operation.security, `${key} declares its security`).toBeDefined();
      for (const requirement of operation.security!) {
        for (const scheme of Object.keys(requirement)) expect(schemes.has(scheme), `${key}: ${scheme}`).toBe(true);
      }
      if (rule.public) {
        expect(operation.security, key).toEqual([]);
        continue;
      }
      const session = operation.security!.find((requirement) => 'session' in requirement);
      expect(Boolean(session), `${key}: session`).toBe(Boolean(rule.person || rule.staff));
      if (session) expect('csrf' in session, `${key}: CSRF header`).toBe(method !== 'get');
      const machine = operation.security!.find((requirement) => 'clientCredentials' in requirement);
      expect(machine?.clientCredentials, `${key}: scope`).toEqual(rule.machine ? [permission] : undefined);
      expect(Object.keys(operation.responses ?? {}), `${key}: problems`).toEqual(
        expect.arrayContaining(['400', '401', '403']),
      );
    }
  });

  it('is committed in packages/api-client as served, with the client types generated from it', async () => {
    const committed = readFileSync(new URL('openapi.json', API_CLIENT_DIR), 'utf8');
    const served = `${JSON.stringify({ ...document, servers: [{ url: DOCUMENT_PUBLIC_URL, description: '本平台' }] }, null, 2)}\n`;
    expect(committed, 'packages/api-client/openapi.json is stale: run `npm run api-client`').toBe(served);
    const types = readFileSync(new URL('src/schema.ts', API_CLIENT_DIR), 'utf8');
    expect(types, 'packages/api-client/src/schema.ts is stale: run `npm run api-client`').toBe(
      await clientTypesText(committed),
    );
  });

  it('shows an example for every JSON request body, and each example is valid against its schema', () => {
    // JSON Schema 2020-12 is OpenAPI 3.1's dialect; formats are not checked here, their patterns are.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const missing: string[] = [];
    const invalid: string[] = [];
    for (const { method, path: p, operation } of operations) {
      const media = operation.requestBody?.content['application/json'];
      if (!media) continue;
      const name = operation.operationId ?? `${method.toUpperCase()} ${p}`;
      const ref = typeof media.schema.$ref === 'string' ? media.schema.$ref.split('/').pop()! : null;
      const schema = ref ? document.components.schemas[ref]! : media.schema;
      const examples = [
        ...(media.example !== undefined ? [media.example] : []),
        ...Object.values((media.examples as Record<string, { value: unknown }>) ?? {}).map((entry) => entry.value),
        ...((schema.examples as unknown[]) ?? []),
      ];
      if (examples.length === 0) missing.push(name);
      // The components travel with the schema so that its own $refs resolve.
      const validate = ajv.compile({ ...schema, components: document.components });
      for (const example of examples) {
        if (!validate(example)) invalid.push(`${name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(missing, 'JSON request bodies without an example').toEqual([]);
    expect(invalid, 'examples that their schema refuses').toEqual([]);
  });

  it('passes Redocly CLI’s recommended rules with no errors (offline)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'yici-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const result = spawnSync(
      path.join(ROOT, 'node_modules/.bin/redocly'),
      ['lint', '--extends', 'recommended', '--format', 'json', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        timeout: 120_000,
      },
    );
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
      totals: { errors: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const errors = report.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});

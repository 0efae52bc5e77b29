/**
 * Bad requests generated from the OpenAPI document: for each operation, a base request that is
 * as valid as the schema alone can make it, then one mutation per request (a field of the wrong
 * type or at a boundary, NUL, a huge string, a missing or unknown field, a body of the wrong
 * shape or content type, odd path ids, query values and headers). Deterministic per seed.
 */
export type Caller = 'anonymous' | 'staff' | 'person' | 'holder';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
};

type OpenApiParameter = { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema?: JsonSchema };
type OpenApiOperation = {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type Operation = {
  method: string;
  /** As the document writes it: /api/cases/{id}. */
  path: string;
  /** As fastify registered it: /api/cases/:id. */
  fastifyUrl: string;
  pathParams: OpenApiParameter[];
  queryParams: OpenApiParameter[];
  bodySchema: JsonSchema | null;
};

export type FuzzRequest = {
  method: string;
  /** The document's path of the operation, for the tally. */
  operation: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  caller: Caller;
  mutation: string;
};

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      fastifyUrl: path.replace(/\{(\w+)\}/g, ':$1'),
      pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path'),
      queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query'),
      bodySchema: operation.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}

/** mulberry32: small, fast and reproducible. */
function randomOf(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof randomOf>;

const HUGE = 'x'.repeat(200_000);
const WIDE = '𠀀'.repeat(5_000);

/** Values no field should choke on, whatever its type. */
const BAD_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.000001,
  2 ** 31,
  2 ** 53,
  -(2 ** 63),
  1e308,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(100),
  HUGE,
  WIDE,
  '\uD800',
  '\uDFFF\uD800',
  '\u202E\u200B',
  '😀👨‍👩‍👧',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../../etc/passwd',
  '%00',
  '%ff',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00+14:00',
  '37010219920921486X',
  '91370102MA3C5X8Y2N',
  [],
  [null],
  [HUGE],
  Array.from({ length: 5_000 }, (_, i) => i),
  {},
  { a: { b: { c: '\u0000' } } },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

const BAD_PATH_SEGMENTS: readonly string[] = [
  '%00',
  'a%00b',
  '%ff',
  '%E0%A4%A',
  '%C0%AF',
  '..%2F..%2Fetc',
  '%2e%2e',
  'x'.repeat(199),
  'x'.repeat(5_000),
  '-1',
  '0',
  '9223372036854775808',
  '1e309',
  'NaN',
  '%20',
  '%F0%9F%98%80',
  '%D8%00',
  "'%20or%201=1",
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

const BAD_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/octet-stream',
  'application/pdf',
  'image/png',
  '*/*',
  'application/json, text/plain',
  'application/vnd.api+json',
  ';;;',
];

const MALFORMED_BODIES: readonly (string | Buffer)[] = [
  '',
  '{',
  '{"a":',
  "{'a':1}",
  '{"a":1,}',
  '\uFEFF{}',
  '{"a":"\u0000"}',
  '{"\\u0000":1}',
  'null',
  'true',
  '0',
  '"text"',
  '[]',
  `[${'1,'.repeat(50_000)}1]`,
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
];

const ODD_HEADERS: readonly Record<string, string>[] = [
  { 'idempotency-key': '' },
  { 'idempotency-key': 'k'.repeat(2_000) },
  { 'idempotency-key': 'é-key-1234' },
  { 'idempotency-key': 'fuzz-key-00000001' },
  { cookie: 'yici_session=%00' },
  { cookie: 'yici_session=' + 'a'.repeat(4_000) },
  { cookie: 'yici_session=abc; yici_session=def' },
  { 'x-csrf-token': 'wrong' },
  { 'x-request-id': 'x'.repeat(500) },
  { 'accept-language': 'xx-invalid;;q=abc' },
  { accept: 'application/xml' },
  { 'content-length': '0' },
  { 'x-forwarded-for': 'not-an-ip, ::ffff:999.1.1.1' },
  { 'if-none-match': '*' },
  { range: 'bytes=99999999-1' },
];

type Context = { known: Record<string, string[]>; doc: OpenApiDocument; random: Random };

function resolve(schema: JsonSchema | undefined, doc: OpenApiDocument): JsonSchema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && current.$ref; i++) {
    current = doc.components?.schemas?.[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return current;
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

/** A value the schema alone would accept as often as it can tell (patterns use known values). */
function plausible(rawSchema: JsonSchema | undefined, name: string, context: Context, depth = 0): unknown {
  const schema = resolve(rawSchema, context.doc);
  const { random } = context;
  if (depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return plausible(random.pick(union.filter((s) => s.type !== 'null')), name, context, depth + 1);
  if (schema.allOf) return plausible(schema.allOf[0], name, context, depth + 1);
  switch (typeOf(schema)) {
    case 'string': {
      const known = context.known[name];
      if (known && known.length > 0) return random.pick(known);
      if (schema.format === 'date') return '2026-11-27';
      if (schema.format === 'date-time') return '2026-11-27T10:00:00+08:00';
      const length = Math.max(schema.minLength ?? 1, 2);
      return '测试'.repeat(length).slice(0, Math.min(length, schema.maxLength ?? length));
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? schema.default ?? 1;
    case 'boolean':
      return random.next() < 0.5;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () =>
        plausible(schema.items, name, context, depth + 1),
      );
    case 'object':
    default: {
      if (!schema.properties) return {};
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties)) {
        if (schema.required?.includes(key) || random.next() < 0.5) {
          result[key] = plausible(property, key, context, depth + 1);
        }
      }
      return result;
    }
  }
}

/** Replaces (or removes, or adds) one value somewhere in a plausible body. */
function mutateBody(body: unknown, random: Random, change: 'replace' | 'remove' | 'add'): unknown {
  if (body === null || typeof body !== 'object') return change === 'replace' ? random.pick(BAD_VALUES) : body;
  const copy = structuredClone(body) as Record<string, unknown> | unknown[];
  const keys = Object.keys(copy);
  if (change === 'add' || keys.length === 0) {
    (copy as Record<string, unknown>)[random.pick(['unknown', 'extra', '__proto__', 'constructor', '\u0000'])] =
      random.pick(BAD_VALUES);
    return copy;
  }
  const key = random.pick(keys);
  const inner = (copy as Record<string, unknown>)[key];
  if (inner !== null && typeof inner === 'object' && random.next() < 0.5) {
    (copy as Record<string, unknown>)[key] = mutateBody(inner, random, change);
  } else if (change === 'remove') {
    delete (copy as Record<string, unknown>)[key];
  } else {
    (copy as Record<string, unknown>)[key] = random.pick(BAD_VALUES);
  }
  return copy;
}

function urlOf(operation: Operation, segments: Record<string, string>, query: string): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => segments[name] ?? 'x');
  return query ? `${path}?${query}` : path;
}

function plausibleQuery(operation: Operation, context: Context): URLSearchParams {
  const query = new URLSearchParams();
  for (const param of operation.queryParams) {
    if (param.required || context.random.next() < 0.3) {
      query.set(param.name, String(plausible(param.schema, param.name, context)));
    }
  }
  return query;
}

/** encodeURIComponent, except that a lone surrogate goes out as the raw (invalid UTF-8) bytes it would be. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80').replace(/[^%\w.-]/g, (c) => encodeURIComponent(c));
  }
}

function asQueryValue(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 20_000) : (JSON.stringify(value)?.slice(0, 20_000) ?? 'undefined');
}

const MUTATIONS = [
  'body-field',
  'body-field',
  'body-missing',
  'body-unknown',
  'body-malformed',
  'content-type',
  'query',
  'query',
  'path',
  'path',
  'header',
  'method-body',
] as const;

export function badRequestsFor(
  operation: Operation,
  options: { count: number; seed: number; callers: Caller[]; known: Record<string, string[]>; doc: OpenApiDocument },
): FuzzRequest[] {
  const random = randomOf(options.seed);
  const context: Context = { known: options.known, doc: options.doc, random };
  const requests: FuzzRequest[] = [];
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  while (requests.length < options.count) {
    const mutation = random.pick(MUTATIONS);
    // Mostly an admitted actor, so validation and use cases are reached; sometimes nobody.
    const caller: Caller = random.next() < 0.1 ? 'anonymous' : random.pick(options.callers);
    const segments: Record<string, string> = {};
    for (const param of operation.pathParams) {
      segments[param.name] = encode(String(plausible(param.schema, param.name, context)));
    }
    const query = plausibleQuery(operation, context);
    let body: unknown = hasBody && operation.bodySchema ? plausible(operation.bodySchema, 'body', context) : undefined;
    let payload: string | Buffer | undefined = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (hasBody) headers['idempotency-key'] = `fuzz-${options.seed}-${requests.length}`;
    let queryText = query.toString();

    switch (mutation) {
      case 'body-field':
      case 'body-missing':
      case 'body-unknown':
        if (hasBody) {
          const change = mutation === 'body-field' ? 'replace' : mutation === 'body-missing' ? 'remove' : 'add';
          body = mutateBody(body ?? {}, random, change);
          payload = JSON.stringify(body);
        } else {
          queryText += `&${encode(random.pick(['unknown', 'q', 'page', '\u0000']))}=${encode(asQueryValue(random.pick(BAD_VALUES)))}`;
        }
        break;
      case 'body-malformed':
        payload = random.pick(MALFORMED_BODIES);
        break;
      case 'content-type':
        payload ??= JSON.stringify(plausible(operation.bodySchema ?? {}, 'body', context));
        headers['content-type'] = random.pick(BAD_CONTENT_TYPES);
        break;
      case 'query': {
        const param = operation.queryParams.length > 0 ? random.pick(operation.queryParams) : null;
        const name = param?.name ?? random.pick(['unknown', 'page', 'q']);
        const value = random.pick(BAD_VALUES);
        const roll = random.next();
        if (roll < 0.2) queryText += `&${name}=1&${name}=2`;
        else if (roll < 0.4) queryText += `&${name}=${random.pick(BAD_PATH_SEGMENTS)}`;
        else {
          query.set(name, asQueryValue(value));
          queryText = query.toString();
        }
        break;
      }
      case 'path':
        if (operation.pathParams.length > 0)
          segments[random.pick(operation.pathParams).name] = random.pick(BAD_PATH_SEGMENTS);
        else queryText += `&${random.pick(BAD_PATH_SEGMENTS)}`;
        break;
      case 'header':
        Object.assign(headers, random.pick(ODD_HEADERS));
        break;
      case 'method-body':
        payload = JSON.stringify(random.pick(BAD_VALUES));
        break;
    }
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    if (payload !== undefined && !hasBody && mutation !== 'method-body' && mutation !== 'content-type') {
      payload = undefined;
      delete headers['content-type'];
    }
    requests.push({
      method: operation.method,
      operation: operation.path,
      url: urlOf(operation, segments, queryText.replace(/^&/, '')),
      headers,
      ...(payload === undefined ? {} : { payload }),
      caller,
      mutation,
    });
  }
  return requests;
}

import type { Case, PreparedApplication } from '@yici/contracts';
import type { TestApp } from '../../testing/test-app';
import type { TestSession } from '../../testing/test-actors';

/** A one-page PDF small enough for tests; content-typed by its magic bytes. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export type Call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  session?: TestSession | null,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<{
  statusCode: number;
  // Tests read responses of many shapes; each asserts the fields it relies on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
  body: string;
  headers: Record<string, unknown>;
}>;

export function caller(t: TestApp): Call {
  return async (method, url, session, payload, headers = {}) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...(session?.headers ?? {}), ...headers },
      ...(payload === undefined ? {} : Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }),
    });
    return {
      statusCode: response.statusCode,
      json: () => response.json(),
      body: response.body,
      headers: response.headers as Record<string, unknown>,
    };
  };
}

/** Plausible values for every field the prepared form asks and the registries did not fill. */
export function fillForm(
  prepared: PreparedApplication,
  today: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const form: Record<string, string> = {};
  for (const p of prepared.prefilled) form[p.field] = p.value;
  for (const field of prepared.fields) {
    if (form[field.key] !== undefined) continue;
    switch (field.type) {
      case 'choice':
        form[field.key] = field.options![0]!.value;
        break;
      case 'multi_choice':
        // Several, as a new company orders its official and finance seals together.
        form[field.key] = field
          .options!.slice(0, 2)
          .map((o) => o.value)
          .join(',');
        break;
      case 'id_number':
        form[field.key] = '370102199003071238';
        break;
      case 'uscc':
        form[field.key] = '91370102MA3CYC01X5';
        break;
      case 'phone':
        form[field.key] = '13805310001';
        break;
      case 'number':
        form[field.key] = '10';
        break;
      case 'date':
        form[field.key] = today;
        break;
      default:
        form[field.key] = `${field.label}（测试）`;
    }
  }
  Object.assign(form, overrides);
  // Fields whose situation does not hold are not asked.
  for (const field of prepared.fields) {
    if (field.appliesWhen && !field.appliesWhen.in.includes(form[field.appliesWhen.field] ?? ''))
      delete form[field.key];
  }
  return form;
}

/** Uploads a PDF for each missing upload and agrees to every offered certificate. */
export async function supplyAll(call: Call, session: TestSession, prepared: PreparedApplication) {
  const upload = await call('POST', '/api/uploads', session, TINY_PDF, { 'content-type': 'application/pdf' });
  if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.body}`);
  const { sha256 } = upload.json() as { sha256: string };
  const materials = [];
  for (const m of prepared.materials) {
    if (m.state !== 'missing' || !m.required) continue;
    const candidate = prepared.certificateCandidates.find((c) => c.materialKey === m.key);
    if (candidate) materials.push({ kind: 'certificate', materialKey: m.key, identifier: candidate.identifier });
    else if (m.sourceKind === 'upload')
      materials.push({ kind: 'upload', materialKey: m.key, sha256, fileName: `${m.key}.pdf` });
  }
  return materials;
}

export function openTasks(c: Case) {
  return c.tasks.filter((t) => t.status === 'open');
}

/**
 * Like supplyAll, and also uploads a scan where a certificate-sourced material has no certificate
 * on offer (the applicant holds none); `skip` leaves the named materials out, for incomplete filings.
 */
export async function supplyEverything(
  call: Call,
  session: TestSession,
  prepared: PreparedApplication,
  options: { skip?: string[] } = {},
) {
  const upload = await call('POST', '/api/uploads', session, TINY_PDF, { 'content-type': 'application/pdf' });
  if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.body}`);
  const { sha256 } = upload.json() as { sha256: string };
  const materials = [];
  for (const m of prepared.materials) {
    if (m.state !== 'missing' || !m.required || options.skip?.includes(m.key)) continue;
    const candidate = prepared.certificateCandidates.find((c) => c.materialKey === m.key);
    if (candidate) materials.push({ kind: 'certificate', materialKey: m.key, identifier: candidate.identifier });
    else materials.push({ kind: 'upload', materialKey: m.key, sha256, fileName: `${m.key}.pdf` });
  }
  return materials;
}

/** The implementation code of a standard item in a region, as the public catalog lists it. */
export async function implementationCodeOf(call: Call, basicCode: string, regionCode: string): Promise<string> {
  for (let page = 1; page <= 10; page += 1) {
    const res = await call('GET', `/api/catalog/items?region=${regionCode}&pageSize=100&page=${page}`);
    if (res.statusCode !== 200) throw new Error(`catalog search failed: ${res.body}`);
    const { items, total } = res.json() as { items: { code: string; basicCode: string }[]; total: number };
    const found = items.find((i) => i.basicCode === basicCode);
    if (found) return found.code;
    if (page * 100 >= total) break;
  }
  throw new Error(`${basicCode} is not implemented in ${regionCode}`);
}

/**
 * What a refused request must leave as it was: the case's status, version, materials, tasks,
 * notices and timeline (the running clock is left out: it moves with the day, not with requests).
 */
export async function caseState(call: Call, session: TestSession, caseId: string) {
  const view = await call('GET', `/api/cases/${caseId}`, session);
  if (view.statusCode !== 200) throw new Error(`case read failed: ${view.body}`);
  const timeline = await call('GET', `/api/cases/${caseId}/timeline`, session);
  if (timeline.statusCode !== 200) throw new Error(`timeline read failed: ${timeline.body}`);
  const c = view.json() as Case;
  return {
    status: c.status,
    version: c.version,
    caseNumber: c.caseNumber,
    acceptedOn: c.acceptedOn,
    materials: c.materials,
    notices: c.notices,
    tasks: c.tasks.map((x) => ({ id: x.id, status: x.status, version: x.version, claimedBy: x.claimedBy })),
    timeline: (timeline.json() as { kind: string; at: string }[]).map((e) => `${e.at} ${e.kind}`),
  };
}

/** How many cases (drafts included) the session's own list holds. */
export async function applicationCount(call: Call, session: TestSession): Promise<number> {
  const res = await call('GET', '/api/applications?pageSize=100', session);
  if (res.statusCode !== 200) throw new Error(`list failed: ${res.body}`);
  return (res.json() as { total: number }).total;
}

/**
 * The implementation code of a standard item nearest to a region: the region's own where it has
 * one, else the city's or the province's — the one card the catalog lists for the item there.
 */
export async function nearestImplementationCodeOf(call: Call, basicCode: string, regionCode: string): Promise<string> {
  return implementationCodeOf(call, basicCode, regionCode);
}

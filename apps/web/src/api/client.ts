import { casesEndpoints } from './cases.endpoints';
import { catalogEndpoints } from './catalog.endpoints';
import { certificatesEndpoints } from './certificates.endpoints';
import { identityEndpoints } from './identity.endpoints';
import { staffEndpoints } from './staff.endpoints';
import { hotlineEndpoints } from './hotline.endpoints';
import { evaluationEndpoints } from './evaluation.endpoints';
import { openDataEndpoints } from './opendata.endpoints';
import { figuresEndpoints } from './figures.endpoints';
import { ledgerEndpoints } from './ledger.endpoints';
import { monitoringEndpoints } from './monitoring.endpoints';
import { sharingEndpoints } from './sharing.endpoints';
import { createTransport, type TransportOptions } from './transport';

export { ApiError, describeProblem, hasProblemCode } from './api-error';
export type { ItemListQuery, ServicePointListQuery } from './catalog.endpoints';

/** The one typed client of the API: every body is checked against its contract before use. */
export function createApiClient(options: TransportOptions = {}) {
  const http = createTransport(options);
  return {
    ...catalogEndpoints(http),
    ...identityEndpoints(http),
    ...staffEndpoints(http),
    ...certificatesEndpoints(http),
    ...casesEndpoints(http),
    ...hotlineEndpoints(http),
    ...evaluationEndpoints(http),
    ...openDataEndpoints(http),
    ...figuresEndpoints(http),
    ...ledgerEndpoints(http),
    ...monitoringEndpoints(http),
    ...sharingEndpoints(http),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Same origin: the API server also serves this app. */
export const api = createApiClient();

/** The contracts export no name for this shape yet; derived here from the parsed response. */
export type BundleSummary = Awaited<ReturnType<ApiClient['listBundles']>>[number];

/**
 * Page addresses that carry a certificate identifier. Identifiers end in `.<check character>`,
 * which the server's page fallback takes for a file extension and answers 404 when the page is
 * opened directly; the trailing slash keeps these addresses loadable and bookmarkable.
 */
export function certificatePath(identifier: string): string {
  return `/account/certificates/${encodeURIComponent(identifier)}/`;
}

/** The public verification of one certificate by its identifier. */
export function verifyPath(identifier: string): string {
  return `/verify/${encodeURIComponent(identifier)}/`;
}

/** The workbench's 证照管理 with this certificate looked up; a query keeps the identifier's dot out of the path. */
export function managedCertificatePath(identifier: string): string {
  return `/workbench/certificates/manage?${new URLSearchParams({ identifier }).toString()}`;
}

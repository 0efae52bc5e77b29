import type { FastifyInstance, FastifyReply } from 'fastify';

declare module 'fastify' {
  // Module augmentation needs an interface (declaration merging).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /**
     * 'same-origin': the platform's own pages may frame this answer (a material file previewed
     * inline in the workbench); every other answer refuses framing.
     */
    framing?: 'same-origin';
  }
}

/**
 * Headers that keep the web app and the API from being framed, sniffed or leaking addresses.
 *
 * The web app's policy is what the built app needs and no more: its own scripts only (Vite emits
 * module files, no inline script), styles from itself plus inline ones — antd writes its CSS-in-JS
 * into <style> elements and components set style attributes — images from itself and data: URLs
 * (seal pictures, QR codes), requests to its own origin. No page of the platform may be framed
 * (clickjacking on 申请 or 审批 buttons), hence frame-ancestors 'none' and X-Frame-Options for older
 * browsers. Referrer-Policy: addresses can carry case numbers and certificate identifiers, so
 * other sites see only our origin.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data, never a document: nothing in them may load or run anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** A PDF opens in the browser's own viewer, which a stricter policy could block; only framing is refused. */
export const PDF_CSP = "frame-ancestors 'none'";

export const COMMON_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
} as const;

export function contentSecurityPolicyFor(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return WEB_APP_CSP;
  if (type === 'application/pdf') return PDF_CSP;
  return API_CSP;
}

export function applySecurityHeaders(reply: FastifyReply, options: { framing?: 'same-origin' } = {}) {
  reply.headers(COMMON_SECURITY_HEADERS);
  const type = reply.getHeader('content-type');
  const policy = contentSecurityPolicyFor(typeof type === 'string' ? type : undefined);
  if (options.framing !== 'same-origin') {
    reply.header('content-security-policy', policy);
    return;
  }
  reply.header('content-security-policy', policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  reply.header('x-frame-options', 'SAMEORIGIN');
}

/**
 * On every response; registered before Swagger UI, whose own hook then sets the policy its
 * pages need (transformed by {@link swaggerUiCsp}).
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    applySecurityHeaders(reply, { framing: request.routeOptions.config?.framing });
  });
}

/** Swagger UI's generated policy, with framing refused and no forced upgrade (HTTP installations). */
export function swaggerUiCsp(header: string): string {
  return header
    .replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'")
    .replace(/\s*upgrade-insecure-requests;?/, '')
    .trim();
}

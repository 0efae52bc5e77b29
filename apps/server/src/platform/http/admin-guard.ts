import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors';

/**
 * Administration before accounts exist: a bearer token from configuration guards the few
 * administrative routes (the working-day calendar). Staff accounts and roles replace it.
 */
export function requireAdministrator(request: FastifyRequest, adminToken: string): string {
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : '';
  const a = Buffer.from(given);
  const b = Buffer.from(adminToken);
  if (a.length === 0) {
    throw new DomainError({ kind: 'unauthenticated', code: 'ADMIN_TOKEN_REQUIRED', title: '需要管理员凭据' });
  }
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new DomainError({ kind: 'forbidden', code: 'ADMIN_TOKEN_INVALID', title: '管理员凭据无效' });
  }
  return 'administrator';
}

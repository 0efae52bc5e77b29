import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';

/** A year: the longest lifetime caches honour (RFC 9111 §5.2.2.1 suggests no more). */
const HASHED_MAX_AGE_SECONDS = 31_536_000;

// The build names every file under assets/ after a hash of its content, so a file never changes
// under its name: browsers keep it for a year without asking. Anything else (index.html, the icon)
// keeps its name across releases and is revalidated on every visit by its ETag (a 304 costs a few
// hundred bytes), so a new release reaches people on their next visit.
export const HASHED_ASSET_CACHE = `public, max-age=${HASHED_MAX_AGE_SECONDS}, immutable`;
export const REVALIDATED_CACHE = 'no-cache';

function isHashedAsset(file: string, root: string): boolean {
  const relative = path.relative(root, file).split(path.sep);
  return relative[0] === 'assets' && relative.length > 1;
}

/**
 * How the built web app is served: the `.br` and `.gz` files written at build time go to browsers
 * that accept them (`content-encoding`, `vary: accept-encoding`), nothing is compressed per request,
 * and the cache headers follow whether a file's name carries its hash.
 */
export function webAssetOptions(root: string): FastifyStaticOptions {
  return {
    root,
    // Files are looked up per request, so a rebuilt web app is served without a restart.
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    // The defaults (public, max-age=0) would make browsers ask again for files that never change.
    cacheControl: false,
    etag: true,
    lastModified: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('cache-control', isHashedAsset(file, root) ? HASHED_ASSET_CACHE : REVALIDATED_CACHE);
    },
  };
}

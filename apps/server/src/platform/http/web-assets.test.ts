import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app';
import { HASHED_ASSET_CACHE, REVALIDATED_CACHE } from './web-assets';

const SCRIPT = `export const greeting = ${JSON.stringify('一次办好 '.repeat(400))};\n`;
const SHELL = '<!doctype html><title>一次</title><div id="root"></div><script src="/assets/app-Ab12Cd34.js"></script>';

let app: FastifyInstance;
let webDist: string;
beforeAll(async () => {
  // A build as the web app's precompress step leaves it: each text file beside its .br and .gz.
  webDist = mkdtempSync(path.join(tmpdir(), 'yici-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  for (const [name, content] of [
    ['index.html', SHELL],
    ['assets/app-Ab12Cd34.js', SCRIPT],
  ] as const) {
    writeFileSync(path.join(webDist, name), content);
    writeFileSync(path.join(webDist, `${name}.br`), brotliCompressSync(content));
    writeFileSync(path.join(webDist, `${name}.gz`), gzipSync(content));
  }
  writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await createHttpApp({
    logLevel: 'silent',
    version: 'test',
    databaseKind: 'pglite',
    routes: [],
    webDist,
    resolveSession: null,
    secureCookies: false,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('sends hashed assets precompressed with brotli to browsers that accept it, cached for a year', async () => {
    const reply = await app.inject({
      method: 'GET',
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(String(reply.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(reply.headers['content-type'])).toMatch(/javascript/);
    expect(reply.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(HASHED_ASSET_CACHE).toBe('public, max-age=31536000, immutable');
    expect(reply.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to browsers without brotli and the plain file to those accepting neither', async () => {
    const gzipped = await app.inject({
      method: 'GET',
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(SCRIPT);
    expect(gzipped.headers['cache-control']).toBe(HASHED_ASSET_CACHE);

    const plain = await app.inject({
      method: 'GET',
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': '' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
  });

  it('has the shell revalidated by its ETag on every visit, and answers 304 when it is unchanged', async () => {
    for (const url of ['/', '/index.html', '/catalog/items/123', '/portal/apply']) {
      const reply = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe(REVALIDATED_CACHE);
      expect(reply.headers.etag, url).toBeTruthy();
      expect(brotliDecompressSync(reply.rawPayload).toString(), url).toBe(SHELL);
      const again = await app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': String(reply.headers.etag) },
      });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
    }
  });

  it('revalidates files whose names carry no hash, such as the icon', async () => {
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe(REVALIDATED_CACHE);
  });

  it('answers a missing asset with a problem, not the shell', async () => {
    const missing = await app.inject({ method: 'GET', url: '/assets/gone-00000000.js' });
    expect(missing.statusCode).toBe(404);
    expect(String(missing.headers['content-type'])).toContain('application/problem+json');
  });
});

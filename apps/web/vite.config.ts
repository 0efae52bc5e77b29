import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server during development; YICI_API_ORIGIN points elsewhere (another port, a shared server).
const API_ORIGIN = process.env.YICI_API_ORIGIN ?? 'http://localhost:3000';

// Vendor code changes far less often than pages: separate chunks keep it cached across releases.
const ANTD =
  /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|dayjs|rc-[\w-]+|clsx|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|is-mobile)[\\/]/;

const VENDOR_GROUPS = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  {
    // What the shell (header, layout, first page frame) needs of antd: one chunk on the first visit.
    name: 'vendor-antd-shell',
    test: ANTD,
    tags: ['$initial' as const],
    priority: 25,
  },
  {
    // The rest of antd follows the pages that use it, grouped by the pages sharing it, so the home
    // page never downloads the table, form or upload code.
    name: 'vendor-antd',
    test: ANTD,
    entriesAware: true,
    entriesAwareMergeThreshold: 10_000,
    priority: 20,
  },
  { name: 'vendor-data', test: /node_modules[\\/](@tanstack|zod)[\\/]|packages[\\/]contracts[\\/]/, priority: 10 },
];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, once, at the strongest
 * settings: the server sends them as they are (no compression per request), and a phone on a slow
 * network receives about a quarter of the bytes. Files under 1 KiB gain nothing worth a lookup.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'yici-precompress',
    apply: 'build',
    configResolved(resolved) {
      outDir = path.resolve(resolved.root, resolved.build.outDir);
    },
    async closeBundle() {
      const files = filesUnder(outDir).filter((file) => COMPRESSIBLE.test(file) && statSync(file).size >= 1024);
      await Promise.all(
        files.map(async (file) => {
          const content = readFileSync(file);
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          writeFileSync(`${file}.br`, br);
          writeFileSync(`${file}.gz`, gz);
        }),
      );
    },
  };
}

const config = {
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: false },
      '/docs': { target: API_ORIGIN, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
        // antd's groups are named after every page sharing them; the hash alone tells them apart.
        chunkFileNames: (chunk: { name: string }) =>
          chunk.name.startsWith('vendor-antd~') ? 'assets/vendor-antd-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ command, mode }) => {
  // A build inherits NODE_ENV from whatever runs it (vitest sets 'test'), and Vite would then ship
  // React's development build. Vite reads NODE_ENV only after this file, so setting it here works.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});

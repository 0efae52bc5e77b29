import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server during development; YICI_API_ORIGIN points elsewhere (another port, a shared server).
const API_ORIGIN = process.env.YICI_API_ORIGIN ?? 'http://localhost:3000';

// Vendor code changes far less often than pages: separate chunks keep it cached across releases.
const VENDOR_GROUPS = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  {
    name: 'vendor-antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|dayjs|rc-[\w-]+|clsx|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|is-mobile)[\\/]/,
    priority: 20,
  },
  { name: 'vendor-data', test: /node_modules[\\/](@tanstack|zod)[\\/]|packages[\\/]contracts[\\/]/, priority: 10 },
];

const config = {
  plugins: [react()],
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
    // antd alone is larger than Vite's default warning limit; the budget is per chunk.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
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

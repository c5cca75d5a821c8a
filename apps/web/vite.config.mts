import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The web app: built into dist/web, which the API serves at /. No inline scripts (the API's CSP forbids them).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  // `npm run dev:web` beside `npm start`: the API (and its data) from the running server
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

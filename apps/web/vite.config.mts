import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The web app: built into dist/web, which the API serves at /. No inline scripts (the API's CSP forbids them).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

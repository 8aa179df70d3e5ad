import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    // The server serves dist/web at the repository root.
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would become data: URLs, which the CSP forbids for scripts, fonts and fetches.
    assetsInlineLimit: 0,
    // React, zod (shared with the server for validation) and d3-geo make one ~590 kB (180 kB gzip)
    // bundle; fine for a work tool used over and over, and not worth splitting yet.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

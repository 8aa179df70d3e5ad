import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // A brotli (.br) and a gzip (.gz) copy of every text file, sent as they are by the server
  // (@fastify/static preCompressed) to browsers that accept them.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
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

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // A brotli (.br) and a gzip (.gz) copy of every text file, sent as they are by the server
  // (@fastify/static preCompressed) to browsers that accept them.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // The server replaces this placeholder with a fresh nonce per page (plugins/web-assets.ts).
  html: { cspNonce: 'ctb-csp-nonce' },
  css: {
    // Mantine's preset: rem()/light-dark() helpers and the $mantine-breakpoint-* variables.
    postcss: {
      plugins: [
        postcssPresetMantine(),
        postcssSimpleVars({
          variables: {
            'mantine-breakpoint-xs': '36em',
            'mantine-breakpoint-sm': '48em',
            'mantine-breakpoint-md': '62em',
            'mantine-breakpoint-lg': '75em',
            'mantine-breakpoint-xl': '88em',
          },
        }),
      ],
    },
  },
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

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The shell chunk (React + the antd parts every page uses) is ~650 kB minified, ~210 kB gzip:
    // expected for an antd back office; pages load as their own chunks on demand.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/readyz': server,
    },
  },
});

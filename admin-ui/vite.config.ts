import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, searchForWorkspaceRoot } from 'vite';

const server = 'http://127.0.0.1:3000';
// Plugins' admin UI entries (`plugins/<name>/ui/index.tsx`), found by import.meta.glob in src/extensions/.
const pluginsFolder = fileURLToPath(new URL('../plugins', import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  // Plugin screens are built from outside this folder; they must share the app's React, antd and router.
  resolve: { dedupe: ['react', 'react-dom', 'react-router', 'antd', '@ant-design/icons'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The shell chunk (React + the antd parts every page uses) is ~650 kB minified, ~210 kB gzip:
    // expected for an antd back office; pages load as their own chunks on demand.
    chunkSizeWarningLimit: 800,
  },
  server: {
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), pluginsFolder] },
    proxy: {
      '/api': server,
      '/healthz': server,
      '/readyz': server,
    },
  },
});

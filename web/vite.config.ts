import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** In development the API, webhooks and signed media are served by the Ringflow server on :8080. */
const server = process.env.RINGFLOW_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': server, '/webhooks': server, '/media': server, '/healthz': server } },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});

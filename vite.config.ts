import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web; index.html sits at the repository root so `root` is the repo.
// The Fastify server serves the build from dist/web; in development Vite proxies /api to it.
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      // THIDUA_API_URL points the dev server at a thidua started on another port.
      '/api': { target: process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});

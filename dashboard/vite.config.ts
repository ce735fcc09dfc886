import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The Express server in development (npm run dev). */
const apiTarget = process.env.DASHBOARD_API_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [vue()],
  build: {
    outDir: process.env.DASHBOARD_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/auth': { target: apiTarget, changeOrigin: false },
      '/feeds': { target: apiTarget, changeOrigin: false },
    },
  },
});

// Builds the renderer into renderer/dist. Relative asset paths so the same build loads from
// Electron's app:// protocol and from the test server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'chrome130' },
  server: { host: '127.0.0.1', strictPort: false },
});

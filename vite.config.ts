import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by app:// in Electron and by the web harness over HTTP; relative
// asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is built into dist/public, which the console's server (src/server) holds in memory and
// serves. Files under assets/ are named by content hash, so browsers keep them for good.
export default defineConfig({
  root: 'src/web',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../../dist/public',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
});

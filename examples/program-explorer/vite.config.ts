import { defineConfig } from 'vite';

// Relative asset URLs so the built site works from any folder or server path.
// GMEKIT_SOURCE=1 bundles the workspace packages from their TypeScript source
// (as the tests do) instead of their built dist.
const source = process.env.GMEKIT_SOURCE === '1';

export default defineConfig({
  base: './',
  ...(source ? { resolve: { conditions: ['@gmekit/source', 'module', 'browser', 'development|production'] } } : {}),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // zod's sources carry esbuild-style pure annotations Rollup reports and drops: harmless noise.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});

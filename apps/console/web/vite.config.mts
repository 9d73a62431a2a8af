// The console's browser app, built to static files (dist/) that the console's NestJS server serves. No dev server is
// needed to run the hub: `npm run console:build` (also run by `npm test` and `npm run up`) builds it.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // React's automatic JSX runtime through Vite's own transformer (no Fast Refresh plugin: production builds only).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
    sourcemap: true,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});

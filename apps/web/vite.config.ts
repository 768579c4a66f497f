import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor code changes far less often than ours: keep it in a few long-lived chunks.
// Vite 8 bundles with Rolldown, whose `codeSplitting.groups` replaces Rollup's manualChunks.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // @congdoan/domain is pure (no I/O, no globals), but its zod contracts are built at module
      // top level. The web imports only types and helpers from it: let the bundler drop the rest
      // (and zod with it).
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|@emotion|stylis|dayjs)[\\/]/,
              priority: 20,
            },
            // ECharts only with the dashboards (their route is lazy): not in the chunk every page loads.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 25 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});

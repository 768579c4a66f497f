// `npm start` runs the API from one compiled file instead of compiling TypeScript at run time (tsx):
// apps/api/dist/main.js, our workspace code (apps/api, packages/domain) bundled by esbuild, every npm
// package left as an import. Lower memory and a faster start; `npm run dev` and the tests still use tsx.
import { build } from 'esbuild';

const started = Date.now();
await build({
  entryPoints: ['apps/api/src/main.ts'],
  outfile: 'apps/api/dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'npm-packages-external',
      setup(b) {
        // Bare specifiers are npm packages (resolved from node_modules at run time), except our own.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@congdoan/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
console.log(`apps/api/dist/main.js built in ${Date.now() - started} ms`);

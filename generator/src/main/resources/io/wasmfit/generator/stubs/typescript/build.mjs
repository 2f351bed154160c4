import { build } from 'esbuild';
import { SpinEsbuildPlugin } from '@spinframework/build-tools/plugins/esbuild';

await build({
    entryPoints: ['./src/index.ts'],
    outfile: './build/bundle.js',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    plugins: [await SpinEsbuildPlugin()],
});

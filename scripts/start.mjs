/**
 * `npm start` and `npm run cli`: runs an entry of the precompiled build (see build.mjs), building it
 * first when the sources changed.  node scripts/start.mjs main|cli [arguments…]
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const [entry, ...args] = process.argv.slice(2);
if (entry !== 'main' && entry !== 'cli') {
  process.stderr.write('usage: node scripts/start.mjs main|cli [arguments…]\n');
  process.exit(2);
}
const file = join(await ensureBuilt(), `${entry}.js`);
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);

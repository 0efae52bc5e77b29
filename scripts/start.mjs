// `npm start`: build the web app when its sources changed, then run the platform (migrate, seed
// once, serve web + API). The server runs in this process, so Ctrl-C reaches it directly.
import { register } from 'tsx/esm/api';
import { ensureWebBuilt } from './web-build.mjs';

await ensureWebBuilt();
register();
await import('../apps/server/src/main.ts');

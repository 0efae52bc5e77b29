// `npm run api-client`: writes the API document and the typed client's types generated from it
// (packages/api-client). The sharing tests fail while the committed files differ from these.
import { writeFileSync } from 'node:fs';
import {
  API_CLIENT_DIR,
  clientTypesText,
  documentText,
  openDocumentApp,
} from '../apps/server/src/platform/http/openapi.document';

const { app, close } = await openDocumentApp();
const document = await documentText(app);
await close();
writeFileSync(new URL('openapi.json', API_CLIENT_DIR), document);
writeFileSync(new URL('src/schema.ts', API_CLIENT_DIR), await clientTypesText(document));
console.log('packages/api-client: openapi.json and src/schema.ts written');

// Generates src/sdk/openapi-types.ts from the OpenAPI document with openapi-typescript (`--check`: exit 1 when
// the committed file differs from what the document generates now).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';

export const SDK_TYPES_FILE = path.resolve(import.meta.dirname, '../src/sdk/openapi-types.ts');

const HEADER = `// Types of the Licentric REST API, generated from its OpenAPI document by openapi-typescript.
// Do not edit: \`npm run sdk:types\` writes this file and a unit test fails when it is out of date.
`;

/** The file's content as the current document generates it (formatted like the repository). */
export async function generateSdkTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(buildOpenApiDocument()));
  const source = `${HEADER}${astToString(ast)}`;
  const options = await prettier.resolveConfig(SDK_TYPES_FILE);
  return prettier.format(source, { ...options, filepath: SDK_TYPES_FILE });
}

async function main(): Promise<void> {
  const generated = await generateSdkTypes();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SDK_TYPES_FILE) ? fs.readFileSync(SDK_TYPES_FILE, 'utf8') : '';
    if (current !== generated) {
      console.error(`${SDK_TYPES_FILE} is out of date: run npm run sdk:types`);
      process.exitCode = 1;
    }
    return;
  }
  fs.writeFileSync(SDK_TYPES_FILE, generated);
  console.log(SDK_TYPES_FILE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

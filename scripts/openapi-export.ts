// Writes the OpenAPI document of /api/v1 to a file (default: $TMPDIR/licentric-openapi.json) for `redocly lint`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';

const target = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'licentric-openapi.json'));
fs.writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(target);

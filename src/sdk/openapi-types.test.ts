// The committed SDK types (openapi-types.ts) are what openapi-typescript generates from the current OpenAPI
// document: any change to the API without `npm run sdk:types` fails here. The document must stay generatable
// into types that compile under `tsc --strict` (no self-referencing schema; typed error details).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';
import { SDK_TYPES_FILE, generateSdkTypes } from '../../scripts/sdk-types.ts';

describe('src/sdk/openapi-types.ts', () => {
  it(
    'matches the OpenAPI document (run npm run sdk:types after an API change)',
    { timeout: 60_000 },
    async () => {
      expect(fs.readFileSync(SDK_TYPES_FILE, 'utf8') === (await generateSdkTypes())).toBe(true);
    },
  );

  it('comes from a document without self-referencing schemas', () => {
    const { components } = buildOpenApiDocument() as {
      components: { schemas: Record<string, unknown> };
    };
    for (const [name, schema] of Object.entries(components.schemas))
      expect(JSON.stringify(schema), name).not.toContain(`#/components/schemas/${name}"`);
    const source = fs.readFileSync(SDK_TYPES_FILE, 'utf8');
    expect(source).toContain('JsonValue: unknown;');
    expect(source).toMatch(/details\?: \{\s+(\/\*\*[^\n]*\*\/\s+)?issues\?: \{/);
    // named resources, not inlined copies
    for (const name of ['License', 'Machine', 'Policy', 'Product', 'ValidationResult', 'Pagination'])
      expect(source).toMatch(new RegExp(`\n    ${name}: \\{`));
  });
});

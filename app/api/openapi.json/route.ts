// GET /api/openapi.json: the OpenAPI 3.1 document of /api/v1.
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}

// GET /api/openapi.json: the OpenAPI 3.1 document of /api/v1.
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';
import { serveMethods } from '@/server/rest/methods.ts';

function openApiDocument(): Response {
  return Response.json(buildOpenApiDocument());
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: openApiDocument });

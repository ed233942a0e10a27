// The OpenAPI contract check: whether one answer of the /api/v1 routes is described by the document (its status
// is listed for the operation, its declared required headers are present and well-typed, its body matches the
// JSON Schema), and the recorder that tests/contract-setup.ts runs over every answer of the test suite.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { observeAnswers, type AnsweredOperation } from '@/server/rest/registry.ts';
import { API_PREFIX } from '@/server/rest/route.ts';

export interface RecordedAnswer {
  operation: AnsweredOperation;
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface HeaderObject {
  required?: boolean;
  schema: { type?: string; enum?: string[] };
}
interface ResponseObject {
  headers?: Record<string, HeaderObject>;
  content?: Record<string, unknown>;
}

/** Routes that tests define for themselves (never part of the API). */
const TEST_ROUTES = '/__test/';
const DOCUMENT_ID = 'licentric-openapi';
/** JSON Pointer escaping of one path segment. */
const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
};

class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: OpenApiDocument,
    private readonly allowedMethods: (served: readonly string[]) => string,
  ) {
    addFormats.default(this.ajv);
    this.ajv.addSchema(this.document, DOCUMENT_ID);
  }

  /** Everything in the answer the document does not describe (empty: the answer conforms). */
  check(answer: RecordedAnswer): string[] {
    const { method, path, served } = answer.operation;
    const item = this.document.paths[`${API_PREFIX}${path}`];
    if (!item) return path.startsWith(TEST_ROUTES) ? [] : [`${path} is not in the document`];
    if (!served) return this.checkMethodTable(answer);
    const name = `${method} ${path}`;
    const response = item[method.toLowerCase()]?.responses[String(answer.status)];
    if (!response) return [`${name}: status ${answer.status} is not listed for the operation`];
    const problems = this.checkHeaders(response, answer);
    const content = response.content?.['application/json'];
    if (!content) {
      if (answer.body !== '') problems.push(`a body where the document declares none`);
    } else problems.push(...this.checkBody(method, path, answer));
    return problems.map((p) => (p.startsWith(name) ? p : `${name} → ${answer.status}: ${p}`));
  }

  /** 405 in the error envelope with `Allow`, or OPTIONS' 204 with `Allow` (info.description promises both). */
  private checkMethodTable(answer: RecordedAnswer): string[] {
    const { method, path } = answer.operation;
    const item = this.document.paths[`${API_PREFIX}${path}`] ?? {};
    const allow = this.allowedMethods(Object.keys(item).map((m) => m.toUpperCase()));
    const problems: string[] = [];
    if (answer.headers.allow !== allow) problems.push(`Allow is "${answer.headers.allow}", not "${allow}"`);
    if (!answer.headers['x-request-id']) problems.push('no X-Request-Id');
    if (method === 'OPTIONS') {
      if (answer.status !== 204 || answer.body !== '') problems.push(`OPTIONS answered ${answer.status}`);
    } else if (answer.status !== 405) problems.push(`an unserved method answered ${answer.status}`);
    else problems.push(...this.validate('#/components/schemas/Error', answer.body));
    return problems.map((p) => `${method} ${path} (not served) → ${answer.status}: ${p}`);
  }

  private checkHeaders(response: ResponseObject, answer: RecordedAnswer): string[] {
    const problems: string[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = answer.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) problems.push(`required header ${name} is missing`);
        continue;
      }
      if (header.schema.type === 'integer' && !/^-?\d+$/.test(value))
        problems.push(`header ${name} is "${value}", not an integer`);
      if (header.schema.enum && !header.schema.enum.includes(value))
        problems.push(`header ${name} is "${value}", not one of ${header.schema.enum.join(', ')}`);
    }
    return problems;
  }

  private checkBody(method: string, path: string, answer: RecordedAnswer): string[] {
    const ref = `#/paths/${pointer(`${API_PREFIX}${path}`)}/${method.toLowerCase()}/responses/${answer.status}/content/${pointer('application/json')}/schema`;
    return this.validate(ref, answer.body);
  }

  private validate(ref: string, body: string): string[] {
    let json: unknown;
    try {
      json = JSON.parse(body) as unknown;
    } catch {
      return [`the body is not JSON: ${body.slice(0, 200)}`];
    }
    let validator = this.validators.get(ref);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `${DOCUMENT_ID}${ref}` });
      this.validators.set(ref, validator);
    }
    if (validator(json)) return [];
    return (validator.errors ?? []).map(
      (e) => `body${e.instancePath} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
    );
  }
}

let contract: Promise<Contract> | undefined;

/** The checker, built once per test file on first use (files that make no HTTP call never load the routes). */
function loadContract(): Promise<Contract> {
  contract ??= Promise.all([import('@/server/rest/openapi.ts'), import('@/server/rest/methods.ts')]).then(
    ([openapi, methods]) =>
      new Contract(openapi.buildOpenApiDocument() as OpenApiDocument, methods.allowedMethods),
  );
  return contract;
}

/** The problems of one answer against the document. */
export async function contractProblems(answer: RecordedAnswer): Promise<string[]> {
  return (await loadContract()).check(answer);
}

/** Records every route answer from now on; `stop()` returns the problems of all of them (awaiting their bodies). */
export function recordAnswers(): { answers: RecordedAnswer[]; stop: () => Promise<string[]> } {
  const answers: RecordedAnswer[] = [];
  const pending: Array<Promise<void>> = [];
  const unobserve = observeAnswers((operation, response) => {
    pending.push(
      response.text().then((body) => {
        answers.push({
          operation,
          status: response.status,
          headers: Object.fromEntries(response.headers.entries()),
          body,
        });
      }),
    );
  });
  return {
    answers,
    stop: async () => {
      unobserve();
      await Promise.allSettled(pending);
      return (await Promise.all(answers.map(contractProblems))).flat();
    },
  };
}

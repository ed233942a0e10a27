// The runtime calls of one installed application (validate-key, activation, heartbeat, checkout, deactivation, and
// refusals on each) as a list of normalised answers, so that two mounts of the same endpoints can be compared: the
// fast path against the route files (src/server/rest/fast-path.int.test.ts) and the production server with
// RUNTIME_FAST_PATH on and off (e2e/api/runtime-mounts.spec.ts).
import { verifyResponse, type PublicKeyInput } from '@/sdk/index.ts';
import { MAX_BODY_BYTES } from '@/server/rest/route.ts';

export interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}
export type Mount = (request: Sent) => Promise<Answer>;

export interface ScenarioSetup {
  /** A fresh license (maxMachines ≥ 1, machine transfer and offline use allowed, no fingerprint required). */
  newLicense: () => Promise<{ id: string; key: string }>;
  /** Another license of the same account, which License auth must not reach. */
  otherLicenseId: string;
  /** The account's public signing keys. */
  keys: PublicKeyInput[];
}

/** The statuses the scenario's steps must answer, in order. */
export const SCENARIO_STATUSES = [200, 200, 400, 415, 400, 413, 201, 200, 401, 200, 200, 403, 204, 404, 404];
/** The steps (indexes into SCENARIO_STATUSES) whose answer carries a valid Licentric-Signature. */
const SIGNED_STEPS = new Set([0, 6, 7, 9]);
/** Per step: true when its answer carries a valid Licentric-Signature, null when it carries none. */
export const SCENARIO_SIGNED = SCENARIO_STATUSES.map((_, step) => (SIGNED_STEPS.has(step) ? true : null));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
/** Headers every answer must carry the same way on both mounts (transport headers aside). */
const COMPARED_HEADERS =
  /^(content-type|x-request-id|x-ratelimit-.*|retry-after|www-authenticate|licentric-signature)$/;

/** An answer with what differs between any two requests (ids, times, keys, request ids) blanked out. */
function normalise(answer: Answer, sent: Sent, keys: PublicKeyInput[]): unknown {
  const signature = answer.headers['licentric-signature'] ?? null;
  const nonce = sent.body?.includes('"nonce"')
    ? (JSON.parse(sent.body) as { nonce: number }).nonce
    : undefined;
  const requestId = answer.headers['x-request-id'];
  const body = answer.text
    .replaceAll(requestId ?? '\u0000', '<request id>')
    .replace(UUID, '<uuid>')
    .replace(TIME, '<time>')
    .replace(/"key":"[^"]+"/g, '"key":"<key>"')
    .replace(/"(certificate|signature|kid)":"[^"]+"/g, '"$1":"<$1>"');
  return {
    status: answer.status,
    headers: Object.keys(answer.headers)
      .filter((name) => COMPARED_HEADERS.test(name))
      .sort(),
    requestIdInBody: answer.status >= 400 ? answer.text.includes(requestId ?? '\u0000') : null,
    signed: signature === null ? null : verifyResponse(answer.text, signature, keys, { nonce }).ok,
    body,
  };
}

/** The runtime calls of one installed application, from validation to deactivation, plus refusals. */
export async function runtimeScenario(send: Mount, setup: ScenarioSetup): Promise<unknown[]> {
  const license = await setup.newLicense();
  const auth = { authorization: `License ${license.key}`, 'content-type': 'application/json' };
  const json = { 'content-type': 'application/json' };
  const answers: unknown[] = [];
  const step = async (request: Sent) => {
    const answer = await send(request);
    answers.push(normalise(answer, request, setup.keys));
    return answer;
  };
  await step({
    method: 'POST',
    path: '/api/v1/licenses/validate-key',
    headers: json,
    body: JSON.stringify({ key: license.key, nonce: 7 }),
  });
  await step({
    method: 'POST',
    path: '/api/v1/licenses/validate-key',
    headers: json,
    body: JSON.stringify({ key: 'NOPE-1234' }),
  });
  await step({ method: 'POST', path: '/api/v1/licenses/validate-key', headers: json, body: '{"key":' });
  await step({
    method: 'POST',
    path: '/api/v1/licenses/validate-key',
    headers: { 'content-type': 'text/plain' },
    body: 'key',
  });
  await step({
    method: 'POST',
    path: '/api/v1/licenses/validate-key?x=1',
    headers: json,
    body: JSON.stringify({ key: license.key }),
  });
  await step({
    method: 'POST',
    path: '/api/v1/licenses/validate-key',
    headers: json,
    body: `{"key":"${'a'.repeat(MAX_BODY_BYTES)}"}`,
  });
  const activated = await step({
    method: 'POST',
    path: '/api/v1/machines',
    headers: auth,
    body: JSON.stringify({ fingerprint: 'fingerprint-one' }),
  });
  await step({
    method: 'POST',
    path: '/api/v1/machines',
    headers: auth,
    body: JSON.stringify({ fingerprint: 'fingerprint-one' }),
  });
  await step({
    method: 'POST',
    path: '/api/v1/machines',
    headers: { ...auth, authorization: 'License NOPE-1234' },
    body: '{}',
  });
  const machineId = (JSON.parse(activated.text) as { data: { id: string } }).data.id;
  await step({
    method: 'POST',
    path: `/api/v1/machines/${machineId}/heartbeat`,
    headers: auth,
    body: '{}',
  });
  await step({
    method: 'POST',
    path: `/api/v1/licenses/${license.id}/checkout`,
    headers: auth,
    body: JSON.stringify({ fingerprint: 'fingerprint-one', ttl: 3600 }),
  });
  await step({
    method: 'POST',
    path: `/api/v1/licenses/${setup.otherLicenseId}/checkout`,
    headers: auth,
    body: '{}',
  });
  await step({
    method: 'DELETE',
    path: `/api/v1/machines/${machineId}`,
    headers: { authorization: auth.authorization },
  });
  await step({
    method: 'DELETE',
    path: `/api/v1/machines/${machineId}`,
    headers: { authorization: auth.authorization },
  });
  await step({
    method: 'DELETE',
    path: '/api/v1/machines/not-a-uuid',
    headers: { authorization: auth.authorization },
  });
  return answers;
}

// REST: /machines (API.md §4 Machines, DOMAIN.md §5) — activate, list, get, deactivate, heartbeat. License auth
// acts on its own license's machines only; API keys need machines:read / machines:write.
import { z } from 'zod';
import { Reply, route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  activateMachine,
  activateMachineInput,
  deactivateMachine,
  getMachine,
  heartbeatMachine,
  listMachines,
  listMachinesQuery,
} from '@/server/domain/machines/machines.ts';
import { machineView } from '@/server/domain/machines/machine-view.ts';
import { signBody } from '@/server/domain/signing/sign-body.ts';
import { authed } from './authed.ts';

const tags = ['Machines'];

export const activateMachineRoute = route({
  method: 'POST',
  path: '/machines',
  auth: ['license', 'apiKey'],
  scopes: ['machines:write'],
  rateLimit: 'activation',
  body: activateMachineInput,
  status: 201,
  signBody,
  openapi: {
    summary: 'Activate a machine',
    tags,
    description:
      'License auth activates on its own license; an API key needs `licenseId`. 201 for a new machine, 200 when the fingerprint is ' +
      'already active on the license (same machine, no new seat).',
    response: machineView,
    statuses: { 200: 'The fingerprint is already active on this license: its machine, no new seat' },
    errors: [
      'NOT_FOUND',
      'FINGERPRINT_TAKEN',
      'MACHINE_LIMIT_EXCEEDED',
      'FINGERPRINT_LIMIT_EXCEEDED',
      'LICENSE_NOT_ACTIVE',
      'FORBIDDEN',
    ],
  },
  handler: async ({ ctx, body }) => {
    const { machine, created } = await activateMachine(authed(ctx), body);
    return new Reply(created ? 201 : 200, machine);
  },
});

export const listMachinesRoute = route({
  method: 'GET',
  path: '/machines',
  auth: ['license', 'apiKey'],
  scopes: ['machines:read'],
  query: listMachinesQuery,
  list: true,
  openapi: {
    summary: 'List active machines (License auth: of its own license)',
    tags,
    response: machineView,
  },
  handler: ({ ctx, query }) => listMachines(authed(ctx), query),
});

export const getMachineRoute = route({
  method: 'GET',
  path: '/machines/{id}',
  auth: ['license', 'apiKey'],
  scopes: ['machines:read'],
  params: idParam,
  openapi: { summary: 'Get a machine', tags, response: machineView, errors: ['FORBIDDEN'] },
  handler: ({ ctx, params }) => getMachine(authed(ctx), params.id),
});

export const deactivateMachineRoute = route({
  method: 'DELETE',
  path: '/machines/{id}',
  auth: ['license', 'apiKey'],
  scopes: ['machines:write'],
  params: idParam,
  status: 204,
  openapi: {
    summary: 'Deactivate a machine (frees its seat)',
    tags,
    description:
      'API keys may always deactivate. License auth may when the policy is floating or allows machine transfer.',
    errors: ['DEACTIVATION_NOT_ALLOWED', 'FORBIDDEN'],
  },
  handler: async ({ ctx, principal, params }) => {
    await deactivateMachine(authed(ctx), params.id, {
      by: principal.kind === 'license' ? 'holder' : 'vendor',
    });
  },
});

export const heartbeatMachineRoute = route({
  method: 'POST',
  path: '/machines/{id}/heartbeat',
  auth: ['license', 'apiKey'],
  scopes: ['machines:write'],
  params: idParam,
  body: z.strictObject({}),
  idempotent: false,
  signBody,
  openapi: {
    summary: 'Send a machine heartbeat',
    tags,
    description:
      'Sets lastHeartbeatAt; a dead machine kept under KEEP_DEAD revives. 404 for a deactivated machine.',
    response: machineView,
    errors: ['FORBIDDEN'],
  },
  handler: ({ ctx, params }) => heartbeatMachine(authed(ctx), params.id),
});

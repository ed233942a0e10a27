// Every registered route grants exactly the access API.md gives it (tests/rest/contract.ts), and every route of
// the contract is registered.
import { describe, expect, it } from 'vitest';
import { EXPECTED_ACCESS, expectedAccess } from './contract.ts';
import { allRoutes, routeKey } from './fixtures.ts';

const routes = allRoutes();
const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (name, route) => {
  it("accepts exactly API.md's auth schemes", () => {
    expect(sorted(route.definition.auth)).toEqual(sorted(expectedAccess(name).auth));
  });

  it("requires exactly API.md's scopes", () => {
    expect(sorted(route.definition.scopes)).toEqual(sorted(expectedAccess(name).scopes));
  });
});

it('registers every route of the contract', () => {
  expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual(routes.map(routeKey).sort());
});

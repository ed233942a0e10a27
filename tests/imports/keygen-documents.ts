// Keygen list documents (GET /v1/accounts/{account}/{products|policies|users|licenses|machines}) written for the
// import tests from the shape Keygen's public API reference describes: JSON:API resources with attributes and
// relationships. Covers every license status, a legacy-encrypted license, and every mapped policy option.

const rel = (type: string, id: string | null) => ({ data: id ? { type, id } : null });
const times = { created: '2024-01-02T03:04:05.000Z', updated: '2024-02-03T04:05:06.000Z' };

/** Keygen ids are UUIDs; a fresh set per call so tests never collide on product codes or keys. */
export function keygenDocuments(suffix: string) {
  const id = (n: number) => `0000000${n}-aaaa-4bbb-8ccc-${suffix.padStart(12, '0').slice(-12)}`;
  const products = {
    data: [
      {
        id: id(1),
        type: 'products',
        attributes: {
          name: 'Studio',
          code: `studio-${suffix}`,
          distributionStrategy: 'LICENSED',
          url: 'https://studio.example',
          platforms: ['macOS', 'Windows'],
          permissions: null,
          metadata: { tier: 'pro' },
          ...times,
        },
        relationships: { account: rel('accounts', 'acct') },
      },
    ],
    links: { self: '/v1/accounts/acct/products?page[number]=1&page[size]=100', next: null },
  };
  const policyBase = { ...times, scheme: null, encrypted: false, protected: false, usePool: false };
  const policies = {
    data: [
      {
        id: id(2),
        type: 'policies',
        attributes: {
          ...policyBase,
          name: 'Node-locked yearly',
          duration: 31_536_000,
          strict: true,
          floating: false,
          maxMachines: 1,
          maxUses: null,
          requireHeartbeat: true,
          heartbeatDuration: 600,
          heartbeatCullStrategy: 'KEEP_DEAD',
          expirationStrategy: 'REVOKE_ACCESS',
          machineUniquenessStrategy: 'UNIQUE_PER_PRODUCT',
          maxProcesses: 4,
          metadata: { plan: 'yearly' },
        },
        relationships: { product: rel('products', id(1)) },
      },
      {
        id: id(3),
        type: 'policies',
        attributes: {
          ...policyBase,
          name: 'Floating',
          duration: null,
          strict: false,
          floating: true,
          maxMachines: 5,
          maxUses: 1000,
          requireHeartbeat: false,
          heartbeatDuration: null,
          heartbeatCullStrategy: 'DEACTIVATE_DEAD',
          expirationStrategy: 'MAINTAIN_ACCESS',
          // API versions up to 1.2 name it fingerprintUniquenessStrategy
          fingerprintUniquenessStrategy: 'UNIQUE_PER_ACCOUNT',
          metadata: {},
        },
        relationships: { product: rel('products', id(1)) },
      },
      {
        id: id(4),
        type: 'policies',
        attributes: {
          ...policyBase,
          name: 'Unlimited restrict',
          duration: 86_400 * 14,
          floating: true,
          maxMachines: null,
          expirationStrategy: 'RESTRICT_ACCESS',
          machineUniquenessStrategy: 'UNIQUE_PER_LICENSE',
        },
        relationships: { product: rel('products', id(1)) },
      },
      {
        id: id(5),
        type: 'policies',
        attributes: {
          ...policyBase,
          name: 'Allow',
          floating: true,
          maxMachines: 3,
          expirationStrategy: 'ALLOW_ACCESS',
          machineUniquenessStrategy: 'UNIQUE_PER_POLICY',
        },
        relationships: { product: rel('products', id(1)) },
      },
    ],
  };
  const users = {
    data: [
      {
        id: id(6),
        type: 'users',
        attributes: {
          email: 'Ada@Example.com',
          firstName: 'Ada',
          lastName: 'Lovelace',
          fullName: 'Ada Lovelace',
          role: 'user',
          status: 'ACTIVE',
          metadata: {},
        },
      },
      {
        id: id(7),
        type: 'users',
        attributes: {
          email: 'grace@example.com',
          firstName: 'Grace',
          lastName: 'Hopper',
          fullName: null,
          role: 'user',
          metadata: {},
        },
      },
    ],
  };
  const license = (
    n: number,
    attributes: Record<string, unknown>,
    policy = id(2),
    owner: Record<string, unknown> = {},
  ) => ({
    id: id(n),
    type: 'licenses',
    attributes: {
      ...times,
      uses: 0,
      suspended: false,
      scheme: null,
      encrypted: false,
      protected: false,
      metadata: {},
      ...attributes,
    },
    relationships: { product: rel('products', id(1)), policy: rel('policies', policy), ...owner },
  });
  const key = (n: number) => `KG-${suffix}-${n}-0FA1-9B2C`.toUpperCase();
  // licenses come in two pages, as a paginated export would give them
  const licenses = [
    {
      data: [
        license(
          10,
          {
            key: key(10),
            name: 'Active',
            status: 'ACTIVE',
            expiry: '2099-01-01T00:00:00.000Z',
            uses: 7,
            metadata: { crm: 'X-1' },
          },
          id(2),
          { owner: rel('users', id(6)) },
        ),
        license(
          11,
          { key: key(11), status: 'INACTIVE', expiry: null, maxMachines: 8, maxUses: 1000 },
          id(3),
          { user: rel('users', id(7)) },
        ),
        license(12, { key: key(12), status: 'EXPIRING', expiry: '2099-02-01T00:00:00.000Z' }),
      ],
      links: { next: '/v1/accounts/acct/licenses?page[number]=2' },
    },
    {
      data: [
        license(13, { key: key(13), status: 'EXPIRED', expiry: '2020-01-01T00:00:00.000Z' }, id(4)),
        license(14, {
          key: key(14),
          status: 'SUSPENDED',
          suspended: true,
          expiry: '2099-01-01T00:00:00.000Z',
        }),
        license(15, { key: key(15), status: 'BANNED', expiry: null }, id(5)),
        license(16, { key: null, encrypted: true, status: 'ACTIVE', expiry: null }),
      ],
      links: { next: null },
    },
  ];
  const machines = {
    data: [
      {
        id: id(20),
        type: 'machines',
        attributes: {
          fingerprint: `fp-${suffix}-mac`,
          name: 'Ada’s MacBook',
          platform: 'macOS',
          hostname: 'ada-mbp',
          ip: '203.0.113.7',
          cores: 8,
          metadata: { seat: 1 },
          ...times,
        },
        relationships: { license: rel('licenses', id(10)) },
      },
      {
        id: id(21),
        type: 'machines',
        attributes: {
          fingerprint: `fp-${suffix}-win`,
          name: null,
          platform: 'Windows 11',
          hostname: 'grace-pc',
          ...times,
        },
        relationships: { license: rel('licenses', id(11)) },
      },
      {
        id: id(22),
        type: 'machines',
        attributes: { fingerprint: `fp-${suffix}-orphan`, platform: 'Linux' },
        relationships: { license: rel('licenses', id(99)) },
      },
    ],
  };
  return {
    ids: { product: id(1), policies: [id(2), id(3), id(4), id(5)], license: id },
    key,
    documents: { products, policies, users, licenses, machines },
  };
}

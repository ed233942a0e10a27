// The management client for vendor backends: `new Licentric({ apiKey, baseUrl })`, one typed method per API
// operation (types from openapi-types.ts), async iteration over list pages, LicentricError, retries on 429/503.
import { Transport, type RequestInput, type TransportOptions } from './http.ts';
import type { operations } from './openapi-types.ts';

type OperationId = keyof operations;
type SuccessOf<R> = 200 extends keyof R ? R[200] : 201 extends keyof R ? R[201] : never;
type JsonOf<S> = S extends { content: { 'application/json': infer J } } ? J : never;

/** The `data` of an operation's success answer. */
export type ResponseData<K extends OperationId> = [JsonOf<SuccessOf<operations[K]['responses']>>] extends [
  never,
]
  ? void
  : JsonOf<SuccessOf<operations[K]['responses']>> extends { data: infer D }
    ? D
    : never;
/** The JSON body an operation takes. */
export type RequestBody<K extends OperationId> = operations[K] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : operations[K] extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;
/** The query parameters an operation takes. */
export type QueryParams<K extends OperationId> = NonNullable<operations[K]['parameters']['query']>;

/** The item type of a list operation. */
export type ListItem<K extends OperationId> = ResponseData<K> extends Array<infer T> ? T : never;

type ListOperation = {
  [K in OperationId]: JsonOf<SuccessOf<operations[K]['responses']>> extends { pagination: unknown }
    ? K
    : never;
}[OperationId];

export interface Page<T> {
  data: T[];
  pagination: { nextCursor: string | null; hasMore: boolean };
}

export type Product = ResponseData<'getProductsById'>;
export type Policy = ResponseData<'getPoliciesById'>;
export type License = ResponseData<'getLicensesById'>;
export type Machine = ResponseData<'getMachinesById'>;
export type Entitlement = ResponseData<'getEntitlementsById'>;
export type WebhookEndpoint = ResponseData<'getWebhooksById'>;
export type WebhookDelivery = ListItem<'getWebhooksByIdDeliveries'>;
export type SigningKey = ListItem<'getSigningKeys'>;
export type Analytics = ResponseData<'getAnalytics'>;
export type ValidationResult = ResponseData<'postLicensesValidateKey'>;

export interface LicentricOptions extends Omit<TransportOptions, 'baseUrl'> {
  /** `lk_live_…` or `lk_test_…`; its environment is the one every call works in. */
  apiKey: string;
  baseUrl: string;
}

/** Per call: an Idempotency-Key of your own for a POST (by default each call gets a fresh one). */
export interface CallOptions {
  idempotencyKey?: string;
}

const segment = (value: string): string => encodeURIComponent(value);

export class Licentric {
  private readonly transport: Transport;
  private readonly authorization: string;

  constructor(options: LicentricOptions) {
    if (!/^lk_(live|test)_/.test(options.apiKey ?? ''))
      throw new TypeError('apiKey must be an API key (lk_live_… or lk_test_…)');
    this.transport = new Transport({ retryNetworkErrors: true, ...options });
    this.authorization = `Bearer ${options.apiKey}`;
  }

  private async call<K extends OperationId>(
    _operation: K,
    method: RequestInput['method'],
    path: string,
    input: { query?: object; body?: unknown } & CallOptions = {},
  ): Promise<ResponseData<K>> {
    const response = await this.transport.request({
      method,
      path,
      authorization: this.authorization,
      query: input.query as RequestInput['query'],
      body: input.body,
      idempotencyKey: input.idempotencyKey,
    });
    const json = response.json as { data?: unknown } | null;
    return (json?.data ?? undefined) as ResponseData<K>;
  }

  private async page<K extends ListOperation>(
    _operation: K,
    path: string,
    query: object = {},
  ): Promise<Page<ListItem<K>>> {
    const response = await this.transport.request({
      method: 'GET',
      path,
      authorization: this.authorization,
      query: query as RequestInput['query'],
    });
    return response.json as Page<ListItem<K>>;
  }

  /** Every item of a list, page after page (following `nextCursor`), newest first. */
  private async *iterate<K extends ListOperation>(
    operation: K,
    path: string,
    query: object = {},
  ): AsyncGenerator<ListItem<K>, void, undefined> {
    let cursor: string | undefined = (query as { cursor?: string }).cursor;
    for (;;) {
      const page = await this.page(operation, path, { ...query, cursor });
      yield* page.data;
      if (!page.pagination.hasMore || !page.pagination.nextCursor) return;
      cursor = page.pagination.nextCursor;
    }
  }

  readonly products = {
    create: (body: RequestBody<'postProducts'>, o?: CallOptions) =>
      this.call('postProducts', 'POST', '/products', { body, ...o }),
    list: (query?: QueryParams<'getProducts'>) => this.page('getProducts', '/products', query),
    iterate: (query?: QueryParams<'getProducts'>) => this.iterate('getProducts', '/products', query),
    get: (id: string) => this.call('getProductsById', 'GET', `/products/${segment(id)}`),
    update: (id: string, body: RequestBody<'patchProductsById'>) =>
      this.call('patchProductsById', 'PATCH', `/products/${segment(id)}`, { body }),
    delete: (id: string) => this.call('deleteProductsById', 'DELETE', `/products/${segment(id)}`),
  };

  readonly policies = {
    create: (body: RequestBody<'postPolicies'>, o?: CallOptions) =>
      this.call('postPolicies', 'POST', '/policies', { body, ...o }),
    list: (query?: QueryParams<'getPolicies'>) => this.page('getPolicies', '/policies', query),
    iterate: (query?: QueryParams<'getPolicies'>) => this.iterate('getPolicies', '/policies', query),
    get: (id: string) => this.call('getPoliciesById', 'GET', `/policies/${segment(id)}`),
    update: (id: string, body: RequestBody<'patchPoliciesById'>) =>
      this.call('patchPoliciesById', 'PATCH', `/policies/${segment(id)}`, { body }),
    delete: (id: string) => this.call('deletePoliciesById', 'DELETE', `/policies/${segment(id)}`),
    attachEntitlements: (id: string, body: RequestBody<'postPoliciesByIdEntitlements'>, o?: CallOptions) =>
      this.call('postPoliciesByIdEntitlements', 'POST', `/policies/${segment(id)}/entitlements`, {
        body,
        ...o,
      }),
    detachEntitlement: (id: string, entitlementId: string) =>
      this.call(
        'deletePoliciesByIdEntitlementsByEntitlementId',
        'DELETE',
        `/policies/${segment(id)}/entitlements/${segment(entitlementId)}`,
      ),
  };

  readonly licenses = {
    create: (body: RequestBody<'postLicenses'>, o?: CallOptions) =>
      this.call('postLicenses', 'POST', '/licenses', { body, ...o }),
    list: (query?: QueryParams<'getLicenses'>) => this.page('getLicenses', '/licenses', query),
    iterate: (query?: QueryParams<'getLicenses'>) => this.iterate('getLicenses', '/licenses', query),
    get: (id: string) => this.call('getLicensesById', 'GET', `/licenses/${segment(id)}`),
    update: (id: string, body: RequestBody<'patchLicensesById'>) =>
      this.call('patchLicensesById', 'PATCH', `/licenses/${segment(id)}`, { body }),
    delete: (id: string) => this.call('deleteLicensesById', 'DELETE', `/licenses/${segment(id)}`),
    suspend: (id: string, o?: CallOptions) =>
      this.call('postLicensesByIdSuspend', 'POST', `/licenses/${segment(id)}/suspend`, o),
    reinstate: (id: string, o?: CallOptions) =>
      this.call('postLicensesByIdReinstate', 'POST', `/licenses/${segment(id)}/reinstate`, o),
    renew: (id: string, body: RequestBody<'postLicensesByIdRenew'> = {}, o?: CallOptions) =>
      this.call('postLicensesByIdRenew', 'POST', `/licenses/${segment(id)}/renew`, { body, ...o }),
    revoke: (id: string, o?: CallOptions) =>
      this.call('postLicensesByIdRevoke', 'POST', `/licenses/${segment(id)}/revoke`, o),
    ban: (id: string, o?: CallOptions) =>
      this.call('postLicensesByIdBan', 'POST', `/licenses/${segment(id)}/ban`, o),
    attachEntitlements: (id: string, body: RequestBody<'postLicensesByIdEntitlements'>, o?: CallOptions) =>
      this.call('postLicensesByIdEntitlements', 'POST', `/licenses/${segment(id)}/entitlements`, {
        body,
        ...o,
      }),
    detachEntitlement: (id: string, entitlementId: string) =>
      this.call(
        'deleteLicensesByIdEntitlementsByEntitlementId',
        'DELETE',
        `/licenses/${segment(id)}/entitlements/${segment(entitlementId)}`,
      ),
    checkout: (id: string, body: RequestBody<'postLicensesByIdCheckout'> = {}, o?: CallOptions) =>
      this.call('postLicensesByIdCheckout', 'POST', `/licenses/${segment(id)}/checkout`, { body, ...o }),
    /** Validates a key as a shipped app would (unsigned here: verify answers in apps with LicentricClient). */
    validateKey: (body: RequestBody<'postLicensesValidateKey'>) =>
      this.call('postLicensesValidateKey', 'POST', '/licenses/validate-key', { body }),
  };

  readonly machines = {
    /** Activates a machine on a license (`licenseId` in the body). */
    activate: (body: RequestBody<'postMachines'>, o?: CallOptions) =>
      this.call('postMachines', 'POST', '/machines', { body, ...o }),
    list: (query?: QueryParams<'getMachines'>) => this.page('getMachines', '/machines', query),
    iterate: (query?: QueryParams<'getMachines'>) => this.iterate('getMachines', '/machines', query),
    get: (id: string) => this.call('getMachinesById', 'GET', `/machines/${segment(id)}`),
    deactivate: (id: string) => this.call('deleteMachinesById', 'DELETE', `/machines/${segment(id)}`),
    heartbeat: (id: string) =>
      this.call('postMachinesByIdHeartbeat', 'POST', `/machines/${segment(id)}/heartbeat`),
  };

  readonly entitlements = {
    create: (body: RequestBody<'postEntitlements'>, o?: CallOptions) =>
      this.call('postEntitlements', 'POST', '/entitlements', { body, ...o }),
    list: (query?: QueryParams<'getEntitlements'>) => this.page('getEntitlements', '/entitlements', query),
    iterate: (query?: QueryParams<'getEntitlements'>) =>
      this.iterate('getEntitlements', '/entitlements', query),
    get: (id: string) => this.call('getEntitlementsById', 'GET', `/entitlements/${segment(id)}`),
    update: (id: string, body: RequestBody<'patchEntitlementsById'>) =>
      this.call('patchEntitlementsById', 'PATCH', `/entitlements/${segment(id)}`, { body }),
    delete: (id: string) => this.call('deleteEntitlementsById', 'DELETE', `/entitlements/${segment(id)}`),
  };

  readonly webhooks = {
    create: (body: RequestBody<'postWebhooks'>, o?: CallOptions) =>
      this.call('postWebhooks', 'POST', '/webhooks', { body, ...o }),
    list: (query?: QueryParams<'getWebhooks'>) => this.page('getWebhooks', '/webhooks', query),
    iterate: (query?: QueryParams<'getWebhooks'>) => this.iterate('getWebhooks', '/webhooks', query),
    get: (id: string) => this.call('getWebhooksById', 'GET', `/webhooks/${segment(id)}`),
    update: (id: string, body: RequestBody<'patchWebhooksById'>) =>
      this.call('patchWebhooksById', 'PATCH', `/webhooks/${segment(id)}`, { body }),
    delete: (id: string) => this.call('deleteWebhooksById', 'DELETE', `/webhooks/${segment(id)}`),
    rotateSecret: (id: string, o?: CallOptions) =>
      this.call('postWebhooksByIdRotateSecret', 'POST', `/webhooks/${segment(id)}/rotate-secret`, o),
    test: (id: string, o?: CallOptions) =>
      this.call('postWebhooksByIdTest', 'POST', `/webhooks/${segment(id)}/test`, o),
    deliveries: (id: string, query?: QueryParams<'getWebhooksByIdDeliveries'>) =>
      this.page('getWebhooksByIdDeliveries', `/webhooks/${segment(id)}/deliveries`, query),
    iterateDeliveries: (id: string, query?: QueryParams<'getWebhooksByIdDeliveries'>) =>
      this.iterate('getWebhooksByIdDeliveries', `/webhooks/${segment(id)}/deliveries`, query),
    redeliver: (id: string, deliveryId: string, o?: CallOptions) =>
      this.call(
        'postWebhooksByIdDeliveriesByDeliveryIdRedeliver',
        'POST',
        `/webhooks/${segment(id)}/deliveries/${segment(deliveryId)}/redeliver`,
        o,
      ),
  };

  readonly analytics = {
    get: (query?: QueryParams<'getAnalytics'>) => this.call('getAnalytics', 'GET', '/analytics', { query }),
  };

  readonly signingKeys = {
    /** The environment's Ed25519 public keys: embed them in your apps for LicentricClient. */
    list: () => this.call('getSigningKeys', 'GET', '/signing-keys'),
  };
}

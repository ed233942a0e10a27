// The runtime client for shipped applications: validate (signed, nonce-checked, with the offline grace cache),
// activate, heartbeats with re-activation, deactivate, and offline license files — all under License auth.
import { randomInt } from 'node:crypto';
import os from 'node:os';
import { fingerprint as machineFingerprint } from './fingerprint.ts';
import { GraceCache, type OfflineFailure } from './grace-cache.ts';
import { LicentricError, Transport, errorFromResponse, type RawResponse, type RequestInput } from './http.ts';
import {
  verifyLicenseFile,
  verifyResponse,
  type LicenseFilePayload,
  type PublicKeyInput,
  type VerifyLicenseFileOptions,
  type VerifyResult,
} from './verify.ts';

/** The codes of a server answer (DOMAIN.md §4) and of the offline fallback. */
export type ValidationCode =
  | 'NOT_FOUND'
  | 'PRODUCT_MISMATCH'
  | 'BANNED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'EXPIRED'
  | 'USAGE_LIMIT_EXCEEDED'
  | 'FINGERPRINT_REQUIRED'
  | 'FINGERPRINT_NOT_FOUND'
  | 'HEARTBEAT_REQUIRED'
  | 'ENTITLEMENTS_MISSING'
  | 'MACHINE_LIMIT_EXCEEDED'
  | 'VALID'
  | OfflineFailure;

export interface RuntimeMachine {
  id: string;
  licenseId: string;
  fingerprint: string;
  name: string | null;
  platform: string | null;
  hostname: string | null;
  heartbeatStatus: 'NOT_REQUIRED' | 'NOT_STARTED' | 'ALIVE' | 'DEAD';
  lastHeartbeatAt: string | null;
  nextHeartbeatAt: string | null;
  [field: string]: unknown;
}

export interface RuntimeLicense {
  id: string;
  status: string;
  expiresAt: string | null;
  entitlements: string[];
  [field: string]: unknown;
}

export interface Validation {
  valid: boolean;
  code: ValidationCode;
  detail: string;
  license: RuntimeLicense | null;
  machine: RuntimeMachine | null;
  entitlements: string[];
  /** `server`: a fresh signed answer; `cache`: the cached one, within its grace; `none`: neither. */
  source: 'server' | 'cache' | 'none';
  /** When the server made the answer. */
  answeredAt: string | null;
  /** For `cache`: until when it stands in for the server. */
  graceEndsAt: string | null;
  /** For `cache` and `none`: why the server's answer was not available. */
  offlineReason: string | null;
}

export interface LicentricClientOptions {
  /** The Licentric server, e.g. https://licensing.example.com. */
  baseUrl: string;
  /** The license key the user entered. */
  licenseKey: string;
  /** Your environment's public keys (GET /api/v1/signing-keys), embedded in the app. */
  publicKeys: PublicKeyInput[];
  /** This machine's fingerprint (default: `fingerprint({ salt: fingerprintSalt })`). */
  fingerprint?: string;
  fingerprintSalt?: string;
  /** Sent with validate-key: the product id or code the key must belong to. */
  product?: string;
  environment?: 'live' | 'test';
  /**
   * The offline grace cache: where the last verified answer is stored and how long it may stand in for an
   * unreachable server. Set `gracePeriodSeconds` to the grace your policy grants offline use. Off when omitted.
   */
  offlineCache?: { path: string; gracePeriodSeconds: number };
  /** Per request (ms, default 10 000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Tolerance between this clock and the server's (seconds, default 300). */
  maxSkewSeconds?: number;
}

export interface ActivateOptions {
  name?: string;
  platform?: 'macos' | 'windows' | 'linux' | 'docker' | 'kubernetes' | 'other';
  hostname?: string;
  cores?: number;
  metadata?: Record<string, unknown>;
}

export interface ValidateOptions {
  /** Entitlement codes the answer must grant (ENTITLEMENTS_MISSING otherwise); such answers are not cached. */
  entitlements?: string[];
  /**
   * Take a seat when needed: on FINGERPRINT_NOT_FOUND activate this machine, on HEARTBEAT_REQUIRED send a
   * heartbeat, then validate again (once).
   */
  activate?: boolean | ActivateOptions;
}

export interface HeartbeatOptions {
  /** Between two heartbeats (ms); default: the policy's interval from the machine, else one hour. */
  intervalMs?: number;
  /** Each pause is shortened by up to this share at random (default 0.1) so a fleet does not ping in step. */
  jitter?: number;
  onHeartbeat?: (machine: RuntimeMachine) => void;
  /** The machine was gone (deactivated or culled) and was activated again. */
  onReactivated?: (machine: RuntimeMachine) => void;
  onError?: (error: unknown) => void;
  activate?: ActivateOptions;
  /** Keep the process alive while heartbeats run (default false: the timer is unref'd). */
  keepAlive?: boolean;
}

export interface Heartbeats {
  stop(): void;
}

export interface CheckoutResult {
  certificate: string;
  expiresAt: string;
  kid: string;
  payload: LicenseFilePayload;
}

const HOUR_MS = 3600 * 1000;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** No usable answer: unreachable, 5xx, rate-limited, or not signed by a pinned key — never a verdict. */
const isUnavailable = (error: LicentricError): boolean =>
  error.isNetworkError || error.status === 429 || error.code === 'UNTRUSTED_RESPONSE';

function platformName(): ActivateOptions['platform'] {
  const known: Record<string, ActivateOptions['platform']> = {
    darwin: 'macos',
    win32: 'windows',
    linux: 'linux',
  };
  return known[process.platform] ?? 'other';
}

export class LicentricClient {
  private readonly transport: Transport;
  private readonly cache: GraceCache | null;
  private fingerprintValue: Promise<string>;
  private machineId: string | null = null;
  private licenseId: string | null = null;

  constructor(private readonly options: LicentricClientOptions) {
    if (!options.licenseKey) throw new TypeError('licenseKey is required');
    if (!Array.isArray(options.publicKeys) || options.publicKeys.length === 0)
      throw new TypeError('publicKeys must list at least one { kid, publicKey }');
    this.transport = new Transport({
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 10_000,
      maxRetries: 1,
      fetch: options.fetch,
    });
    this.cache = options.offlineCache
      ? new GraceCache(options.offlineCache.path, options.licenseKey, options.publicKeys)
      : null;
    this.fingerprintValue = options.fingerprint
      ? Promise.resolve(options.fingerprint)
      : machineFingerprint({ salt: options.fingerprintSalt });
  }

  /** This machine's fingerprint, as sent to the server. */
  fingerprint(): Promise<string> {
    return this.fingerprintValue;
  }

  private get authorization(): string {
    return `License ${this.options.licenseKey}`;
  }

  /** Sends a request whose answer must carry a valid Licentric-Signature (and echo the nonce, if any). */
  private async signed(input: RequestInput, nonce?: number): Promise<Record<string, unknown>> {
    const response = await this.transport.send(input);
    if (response.status < 200 || response.status > 299) throw errorFromResponse(response);
    return this.verified(response, nonce);
  }

  private verified(response: RawResponse, nonce?: number): Record<string, unknown> {
    const result = verifyResponse(
      response.text,
      response.headers.get('licentric-signature'),
      this.options.publicKeys,
      { nonce, maxSkewSeconds: this.options.maxSkewSeconds },
    );
    if (!result.ok) {
      throw new LicentricError(`Untrusted answer (${result.reason}): ${result.message}`, {
        code: 'UNTRUSTED_RESPONSE',
        status: response.status,
        requestId: response.headers.get('x-request-id'),
        details: { reason: result.reason },
      });
    }
    return isRecord(result.payload) && isRecord(result.payload.data) ? result.payload.data : {};
  }

  /**
   * Validates the license on this machine. A fresh signed answer when the server answers; when it cannot be
   * reached (or its answer does not verify), the cached answer within its grace period; otherwise `valid:
   * false` with an OFFLINE_* code. Never throws for network trouble.
   */
  async validate(options: ValidateOptions = {}): Promise<Validation> {
    let result = await this.validateOnce(options.entitlements);
    if (!options.activate) return result;
    const activate = options.activate === true ? {} : options.activate;
    const steps = new Set<ValidationCode>();
    while (result.source === 'server' && !steps.has(result.code)) {
      steps.add(result.code);
      if (result.code === 'FINGERPRINT_NOT_FOUND') await this.activate(activate);
      else if (result.code === 'HEARTBEAT_REQUIRED' && result.machine) await this.heartbeat(activate);
      else break;
      result = await this.validateOnce(options.entitlements);
    }
    return result;
  }

  private async validateOnce(entitlements: string[] | undefined): Promise<Validation> {
    const fingerprint = await this.fingerprint();
    const nonce = randomInt(2 ** 31);
    let response: RawResponse;
    let data: Record<string, unknown>;
    try {
      response = await this.transport.send({
        method: 'POST',
        path: '/licenses/validate-key',
        idempotencyKey: false,
        body: {
          key: this.options.licenseKey,
          fingerprint,
          nonce,
          ...(entitlements ? { entitlements } : {}),
          ...(this.options.product ? { product: this.options.product } : {}),
          ...(this.options.environment ? { environment: this.options.environment } : {}),
        },
      });
      if (response.status !== 200) throw errorFromResponse(response);
      data = this.verified(response, nonce);
    } catch (error) {
      if (error instanceof LicentricError && isUnavailable(error)) return this.offline(fingerprint, error);
      throw error;
    }
    const validation = this.toValidation(data, 'server');
    this.remember(validation);
    if (this.cache) {
      // Only a grant is kept; any other verified answer (revoked, expired, …) ends the offline grace at once.
      if (validation.valid && entitlements === undefined) {
        await this.cache.save({
          fingerprint,
          nonce,
          body: response.text,
          signature: response.headers.get('licentric-signature') ?? '',
        });
      } else if (!validation.valid) await this.cache.clear();
    }
    return validation;
  }

  private async offline(fingerprint: string, error: LicentricError): Promise<Validation> {
    const reason = `${error.code}: ${error.message}`;
    const none = (code: ValidationCode, detail: string): Validation => ({
      ...this.toValidation({ valid: false, code, detail: `${detail} Server: ${reason}` }, 'none'),
      offlineReason: reason,
    });
    if (!this.cache) return none('OFFLINE_NO_CACHE', 'No offline cache is configured.');
    const read = await this.cache.read(fingerprint, {
      gracePeriodSeconds: this.options.offlineCache?.gracePeriodSeconds ?? 0,
      maxSkewSeconds: this.options.maxSkewSeconds,
    });
    if (!read.ok) return none(read.reason, read.message);
    const validation: Validation = {
      ...this.toValidation(read.answer, 'cache'),
      graceEndsAt: read.graceEndsAt.toISOString(),
      offlineReason: reason,
    };
    this.remember(validation);
    return validation;
  }

  private toValidation(data: Record<string, unknown>, source: Validation['source']): Validation {
    return {
      valid: data.valid === true,
      code: (typeof data.code === 'string' ? data.code : 'NOT_FOUND') as ValidationCode,
      detail: typeof data.detail === 'string' ? data.detail : '',
      license: isRecord(data.license) ? (data.license as RuntimeLicense) : null,
      machine: isRecord(data.machine) ? (data.machine as RuntimeMachine) : null,
      entitlements: Array.isArray(data.entitlements) ? data.entitlements.map(String) : [],
      source,
      answeredAt: typeof data.ts === 'string' ? data.ts : null,
      graceEndsAt: null,
      offlineReason: null,
    };
  }

  private remember(validation: Validation): void {
    if (validation.license) this.licenseId = validation.license.id;
    if (validation.machine) this.machineId = validation.machine.id;
  }

  /** Activates this machine on the license (200 with the same machine when it already is). */
  async activate(options: ActivateOptions = {}): Promise<RuntimeMachine> {
    const machine = (await this.signed({
      method: 'POST',
      path: '/machines',
      authorization: this.authorization,
      body: {
        fingerprint: await this.fingerprint(),
        platform: options.platform ?? platformName(),
        hostname: options.hostname ?? os.hostname().slice(0, 255),
        ...(options.name === undefined ? {} : { name: options.name }),
        ...(options.cores === undefined ? {} : { cores: options.cores }),
        ...(options.metadata === undefined ? {} : { metadata: options.metadata }),
      },
    })) as RuntimeMachine;
    this.machineId = machine.id;
    this.licenseId = machine.licenseId;
    return machine;
  }

  /** The machine id of this fingerprint: remembered, else from a validation. */
  private async currentMachineId(): Promise<string> {
    if (!this.machineId) await this.validate();
    if (!this.machineId) {
      throw new LicentricError('This machine is not activated on the license.', {
        code: 'NOT_FOUND',
        status: 404,
      });
    }
    return this.machineId;
  }

  /** One heartbeat; when the machine is gone (404, or unknown to a validation), activates it again. */
  async heartbeat(
    activate: ActivateOptions = {},
  ): Promise<{ machine: RuntimeMachine; reactivated: boolean }> {
    if (!this.machineId) await this.validate();
    const id = this.machineId;
    if (id === null) return { machine: await this.activate(activate), reactivated: true };
    try {
      const machine = (await this.signed({
        method: 'POST',
        path: `/machines/${encodeURIComponent(id)}/heartbeat`,
        authorization: this.authorization,
        idempotencyKey: false,
      })) as RuntimeMachine;
      return { machine, reactivated: false };
    } catch (error) {
      if (!(error instanceof LicentricError && error.status === 404)) throw error;
      this.machineId = null;
      const machine = await this.activate(activate);
      return { machine, reactivated: true };
    }
  }

  /**
   * Sends heartbeats in the background until `stop()`: the first at once, then every interval minus jitter.
   * The timer does not keep the process alive.
   */
  startHeartbeats(options: HeartbeatOptions = {}): Heartbeats {
    const jitter = Math.min(Math.max(options.jitter ?? 0.1, 0), 1);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const schedule = (ms: number) => {
      if (stopped) return;
      timer = setTimeout(() => void beat(), Math.max(0, ms * (1 - Math.random() * jitter)));
      if (!options.keepAlive) timer.unref?.();
    };
    const beat = async () => {
      let next = options.intervalMs ?? HOUR_MS;
      try {
        const { machine, reactivated } = await this.heartbeat(options.activate);
        if (reactivated) options.onReactivated?.(machine);
        else options.onHeartbeat?.(machine);
        if (options.intervalMs === undefined && machine.nextHeartbeatAt)
          next = Math.max(1000, Date.parse(machine.nextHeartbeatAt) - Date.now());
      } catch (error) {
        options.onError?.(error);
      }
      schedule(next);
    };
    void beat();
    return {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }

  /** Frees this machine's seat (when the policy lets the license holder do it) and forgets the cached answer. */
  async deactivate(): Promise<void> {
    const id = await this.currentMachineId();
    await this.transport.request({
      method: 'DELETE',
      path: `/machines/${encodeURIComponent(id)}`,
      authorization: this.authorization,
    });
    this.machineId = null;
    await this.cache?.clear();
  }

  /** Checks out an offline license file for this machine and verifies it before returning it. */
  async checkout(options: { ttlSeconds?: number } = {}): Promise<CheckoutResult> {
    if (!this.licenseId) await this.validate();
    if (!this.licenseId) {
      throw new LicentricError('The license key is not known to the server.', {
        code: 'NOT_FOUND',
        status: 404,
      });
    }
    const response = await this.transport.request({
      method: 'POST',
      path: `/licenses/${encodeURIComponent(this.licenseId)}/checkout`,
      authorization: this.authorization,
      body: {
        fingerprint: await this.fingerprint(),
        ...(options.ttlSeconds === undefined ? {} : { ttl: options.ttlSeconds }),
      },
    });
    const data = isRecord(response.json) && isRecord(response.json.data) ? response.json.data : {};
    const certificate = typeof data.certificate === 'string' ? data.certificate : '';
    const verified = await this.verifyLicenseFile(certificate);
    if (!verified.ok) {
      throw new LicentricError(`The checked-out file does not verify (${verified.reason})`, {
        code: 'UNTRUSTED_RESPONSE',
        status: response.status,
        requestId: response.headers.get('x-request-id'),
        details: { reason: verified.reason },
      });
    }
    return {
      certificate,
      expiresAt: verified.payload.expiresAt,
      kid: verified.kid,
      payload: verified.payload,
    };
  }

  /** Verifies a license file offline against the pinned keys and this machine's fingerprint. */
  async verifyLicenseFile(
    file: string,
    options: Omit<VerifyLicenseFileOptions, 'fingerprint'> = {},
  ): Promise<VerifyResult<LicenseFilePayload>> {
    return verifyLicenseFile(file, this.options.publicKeys, {
      ...options,
      fingerprint: await this.fingerprint(),
    });
  }
}

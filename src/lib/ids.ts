// Identifier formats: request ids (ULID), event ids (`evt_` + ULID), UUID checks.
import { ulid } from 'ulid';

export const newRequestId = (): string => ulid();
export const newEventId = (): string => `evt_${ulid()}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

// Registry of every route() definition, the source of the OpenAPI document, and the observers of their answers
// (the contract test checks every answer of the HTTP tests against the document).
import type { RouteHandler } from './route.ts';

/** The operation an answer belongs to: a route, or a path answering a method it does not serve (405, OPTIONS). */
export interface AnsweredOperation {
  method: string;
  /** Relative to /api/v1, OpenAPI style. */
  path: string;
  /** False for the method table's own answers (405 METHOD_NOT_ALLOWED, OPTIONS). */
  served: boolean;
}
/** Gets a copy of each answer; must not throw. */
type AnswerObserver = (operation: AnsweredOperation, response: Response) => void;

const holder = globalThis as unknown as {
  __licentricRoutes?: Map<string, RouteHandler>;
  __licentricAnswerObservers?: Set<AnswerObserver>;
};

export function registerRoute(handler: RouteHandler): void {
  holder.__licentricRoutes ??= new Map();
  holder.__licentricRoutes.set(`${handler.definition.method} ${handler.definition.path}`, handler);
}

export function registeredRoutes(): RouteHandler[] {
  return [...(holder.__licentricRoutes ?? new Map<string, RouteHandler>()).values()];
}

/** Calls `observer` with a copy of every answer from now on; returns the function that stops it. */
export function observeAnswers(observer: AnswerObserver): () => void {
  holder.__licentricAnswerObservers ??= new Set();
  holder.__licentricAnswerObservers.add(observer);
  return () => holder.__licentricAnswerObservers?.delete(observer);
}

/** Whether anything observes answers (tests): mounts without a Web Response build one only then. */
export function observingAnswers(): boolean {
  return (holder.__licentricAnswerObservers?.size ?? 0) > 0;
}

/** Hands the answer to the observers (none in production: the answer is returned untouched). */
export function answered(operation: AnsweredOperation, response: Response): Response {
  for (const observer of holder.__licentricAnswerObservers ?? []) observer(operation, response.clone());
  return response;
}

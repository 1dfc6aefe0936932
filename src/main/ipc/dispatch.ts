import { z } from 'zod';
import { TactfulError } from '../../shared/ipc/client';
import { contract, type IpcResult, type Response } from '../../shared/ipc/contract';
import { methodNames, type MethodName } from '../../shared/ipc/methods';

/** One implementation per contract method, receiving the already-validated request. */
export type Handlers = {
  [M in MethodName]: (request: z.output<(typeof contract)[M]['request']>) => Promise<Response<M>> | Response<M>;
};

export type Dispatch = (method: string, payload: unknown) => Promise<IpcResult<unknown>>;

const known = new Set<string>(methodNames);

/**
 * The single gate every call passes, whatever the transport: unknown methods and payloads
 * that do not match the contract are answered with a clear error and never reach a handler.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = () => {}): Dispatch {
  return async (method, payload) => {
    if (!known.has(method)) return failure('unknown-method', `There is no method "${String(method).slice(0, 80)}".`);
    const name = method as MethodName;
    const parsed = contract[name].request.safeParse(payload ?? {});
    if (!parsed.success) {
      return failure('invalid-request', `${name}: ${z.prettifyError(parsed.error).replace(/\s+/g, ' ').trim()}`);
    }
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown> | unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof TactfulError) return failure(error.code, error.message);
      if (error instanceof Error && error.name === 'StoreWriteError') return failure('store-write', error.message);
      log(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return failure('internal', oneSentence(error));
    }
  };
}

const failure = (code: string, message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

function oneSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]?.trim() || 'Something went wrong.';
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

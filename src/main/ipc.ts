import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import * as z from 'zod';
import { parseApiCall, type ApiMethod, type ApiResult } from '../core/api/contract';
import { isUserError, UserError } from '../core/errors';
import type { Translator } from '../core/i18n/catalogue';
import { formatUserError } from '../core/wording/format-error';
import { isTrustedSender } from './security-rules';

export const API_CHANNEL = 'brobygger:api';
export const EVENT_CHANNEL = 'brobygger:event';

const EnvelopeSchema = z.strictObject({ method: z.string().max(100), input: z.unknown() });

export interface ApiHandlerDeps {
  /** the dev server's origin while developing, trusted like app:// */
  devOrigin: string | undefined;
  translator(): Translator;
  call(method: ApiMethod, input: unknown): Promise<ApiResult<unknown>>;
}

/**
 * The one wrapper every IPC call passes: a trusted sender (our window's main frame, our
 * origin), a well-formed envelope, a known method and an input its schema accepts. Anything
 * else is answered with an error and never reaches the engine.
 */
export function createApiHandler(deps: ApiHandlerDeps) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResult<unknown>> => {
    const tr = deps.translator();
    const fail = (e: UserError): ApiResult<unknown> => ({ ok: false, error: e.serialize(formatUserError(e, tr)) });
    if (!isTrustedSender(event.senderFrame, event.sender.mainFrame, deps.devOrigin))
      return fail(new UserError('unsupported', 'errors.badArgument', { name: 'sender', detail: 'untrusted' }));
    const envelope = EnvelopeSchema.safeParse(payload);
    if (!envelope.success) return fail(new UserError('invalid', 'errors.badArgument', { name: 'payload', detail: 'envelope' }));
    try {
      const call = parseApiCall(envelope.data.method, envelope.data.input);
      return await deps.call(call.method, call.input);
    } catch (e) {
      if (isUserError(e)) return fail(e);
      throw e;
    }
  };
}

/** The only channel main listens on; there is no `ipcMain.on`, so no synchronous messages either. */
export function registerApiHandler(ipcMain: Pick<IpcMain, 'handle'>, deps: ApiHandlerDeps): void {
  ipcMain.handle(API_CHANNEL, createApiHandler(deps));
}

import { describe, expect, it } from 'vitest';
import {
  API_METHODS,
  createApiClient,
  parseApiCall,
  type BrobyggerBridge,
} from '../../src/core/api/contract';
import { refused, worded } from '../helpers/refused';

describe('the API contract', () => {
  it('refuses a method it does not define', () => {
    expect(refused(() => parseApiCall('deleteEverything', {})).params).toMatchObject({ name: 'method' });
    expect(refused(() => parseApiCall('__proto__', {})).code).toBe('invalid');
  });

  it('refuses input its schema does not accept, naming the field', () => {
    const e = refused(() => parseApiCall('apply', { command: { type: 'actor.add', actor: { kind: 'robot', label: 'R2' } } }));
    expect(worded(e.problems)[0]?.where).toBe('apply.command.actor.kind');
  });

  it('refuses extra fields, so a payload cannot smuggle in options', () => {
    expect(refused(() => parseApiCall('openProject', { path: '/tmp/x.brobygger', force: true })).code).toBe('invalid');
  });

  it('fills in defaults the caller may leave out', () => {
    expect(parseApiCall('saveProjectAs', { path: '/tmp/y.brobygger' }).input).toEqual({ path: '/tmp/y.brobygger', overwrite: false });
  });

  it('gives the client one function per method, returning values and throwing errors as UserError', async () => {
    const calls: string[] = [];
    const bridge: BrobyggerBridge = {
      platform: 'browser',
      invoke: (method) => {
        calls.push(method);
        return Promise.resolve(
          method === 'undo'
            ? { ok: false, error: { code: 'nothing-to-undo', key: 'errors.nothingToUndo', params: {}, problems: [], message: 'x' } }
            : { ok: true, value: null },
        ) as never;
      },
      onEvent: () => () => undefined,
    };
    const api = createApiClient(bridge);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    await expect(api.getProject({})).resolves.toBeNull();
    await expect(api.undo({})).rejects.toMatchObject({ code: 'nothing-to-undo', key: 'errors.nothingToUndo' });
    expect(calls).toEqual(['getProject', 'undo']);
  });
});

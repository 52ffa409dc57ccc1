import { answerOfHttpBody } from '../../../core/api/carried-text';
import type { ApiEvent, ApiResult, BrobyggerBridge } from '../../../core/api/contract';

const TOKEN_KEY = 'brobygger.token';

/**
 * Browser mode's token: printed by `brobygger serve` in the address's fragment (which browsers
 * never send to a server), kept for this tab only, and removed from the address bar.
 */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const lostConnection = (detail: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'io', key: 'ui.sessionExpired', params: {}, problems: [], message: detail },
});

/** The same contract as Electron's preload, over HTTP to the loopback server. */
export function createBrowserBridge(token: string): BrobyggerBridge {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    platform: 'browser',
    async invoke(method, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ input }),
        });
      } catch (e) {
        return lostConnection(String(e));
      }
      if (!res.ok) return lostConnection(`${res.status} ${res.statusText}`);
      try {
        return answerOfHttpBody(res.headers.get('Content-Type') ?? '', await res.text()) as ApiResult<never>;
      } catch (e) {
        // the answer broke off on its way
        return lostConnection(String(e));
      }
    },
    onEvent(listener) {
      const controller = new AbortController();
      const listen = async () => {
        // Server-sent events read through fetch, so the token travels in a header, not the URL.
        for (;;) {
          if (controller.signal.aborted) return;
          try {
            const res = await fetch('/api/events', { headers, signal: controller.signal });
            if (!res.ok || !res.body) throw new Error(String(res.status));
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
            let buffer = '';
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              buffer += value;
              let end: number;
              while ((end = buffer.indexOf('\n\n')) >= 0) {
                const frame = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = frame
                  .split('\n')
                  .filter((l) => l.startsWith('data: '))
                  .map((l) => l.slice(6))
                  .join('\n');
                if (data) listener(JSON.parse(data) as ApiEvent);
              }
            }
          } catch {
            // the server stopped or the stream broke: try again shortly, unless unsubscribed
          }
          await new Promise((r) => setTimeout(r, 1000));
        }
      };
      void listen();
      return () => controller.abort();
    },
  };
}

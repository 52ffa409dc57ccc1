import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathPromptRequest } from '../app';
import { useEscape } from './use-escape';

/**
 * Where the platform has no file dialog (browser mode), the path is typed. Paths are on the
 * machine running Brobygger, which in browser mode is this same computer. A path that is
 * refused (a folder that does not exist, a file that is there already) keeps the prompt open
 * with what was typed and says why; Escape or Cancel closes it.
 */
export function PathPrompt({ request }: { request: PathPromptRequest }) {
  const { t } = useTranslation();
  const [path, setPath] = useState(request.initialPath);
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEscape(request.cancel);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const chosen = path.trim();
    if (!chosen || busy) return;
    setBusy(true);
    void request
      .submit({ path: chosen, name: name.trim() || chosen.replace(/^.*[\\/]/, '').replace(/\.brobygger$/i, '') })
      .then((reason) => {
        // taken: the prompt is gone; refused: it stays, with the reason
        setRefusal(reason);
        setBusy(false);
      });
  };
  return (
    <div className="modal-backdrop">
      <form className="modal" onSubmit={submit} aria-label={request.title} aria-busy={busy}>
        <h2>{request.title}</h2>
        <label>
          {t('ui.path')}
          <input
            autoFocus
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            name="path"
            aria-invalid={refusal !== null}
            aria-describedby={refusal !== null ? 'path-prompt-refusal' : undefined}
          />
        </label>
        {request.askName && (
          <label>
            {t('ui.projectName')}
            <input value={name} onChange={(e) => setName(e.target.value)} name="name" />
          </label>
        )}
        {refusal !== null && (
          <p className="prompt-error" id="path-prompt-refusal" role="alert">
            {refusal}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="ghost" onClick={request.cancel}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('ui.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}

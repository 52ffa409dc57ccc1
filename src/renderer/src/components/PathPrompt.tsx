import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PathPromptRequest {
  title: string;
  initialPath: string;
  askName?: boolean;
  resolve(answer: { path: string; name: string } | null): void;
}

/**
 * Where the platform has no file dialog (browser mode), the path is typed. Paths are on the
 * machine running Brobygger, which in browser mode is this same computer.
 */
export function PathPrompt({ request }: { request: PathPromptRequest }) {
  const { t } = useTranslation();
  const [path, setPath] = useState(request.initialPath);
  const [name, setName] = useState('');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (path.trim()) request.resolve({ path: path.trim(), name: name.trim() || path.trim().replace(/^.*[\\/]/, '').replace(/\.brobygger$/i, '') });
  };
  return (
    <div className="modal-backdrop">
      <form className="modal" onSubmit={submit} aria-label={request.title}>
        <h2>{request.title}</h2>
        <label>
          {t('ui.path')}
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} name="path" />
        </label>
        {request.askName && (
          <label>
            {t('ui.projectName')}
            <input value={name} onChange={(e) => setName(e.target.value)} name="name" />
          </label>
        )}
        <div className="modal-actions">
          <button type="button" className="ghost" onClick={() => request.resolve(null)}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('ui.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}

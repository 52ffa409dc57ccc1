import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../../../core/api/contract';

const PHASES: ReadonlyArray<TaskProgress['phase']> = ['read', 'check', 'write', 'done'];

/**
 * How far an import or export has come, as the engine reports its phases, with a way to stop it:
 * a stopped import writes nothing.
 */
export function TaskBar({ task, onStop }: { task: TaskProgress; onStop: () => void }) {
  const { t } = useTranslation();
  const at = PHASES.indexOf(task.phase) + 1;
  const label = t(`exchange.wizard.phase.${task.phase}`, { file: task.file });
  return (
    <div className="task-bar" role="status">
      <span className="task-label">{label}</span>
      <progress max={PHASES.length} value={at} aria-label={label} />
      {task.phase !== 'done' && task.phase !== 'write' && (
        <button type="button" className="ghost" onClick={onStop}>
          {t('exchange.wizard.stop')}
        </button>
      )}
    </div>
  );
}

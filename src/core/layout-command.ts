import type { CommandInput } from './commands';
import type { Positions } from './model/schema';

/**
 * The command that stores a new arrangement of the map: only the actors that moved when some are
 * placed already (so a drag writes, and its undo holds, the moved ones), the whole arrangement
 * when the map had none. Null when nothing moved.
 */
export function layoutCommand(saved: Positions, next: Positions): CommandInput | null {
  if (Object.keys(saved).length === 0) return Object.keys(next).length === 0 ? null : { type: 'layout.set', positions: next };
  const moved = Object.entries(next).filter(([id, p]) => {
    const was = Object.hasOwn(saved, id) ? saved[id] : undefined;
    return was === undefined || was.x !== p.x || was.y !== p.y;
  });
  return moved.length === 0 ? null : { type: 'layout.move', positions: Object.fromEntries(moved) };
}

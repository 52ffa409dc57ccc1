import type { CodedTie, End } from './coding-model';

/** A tie coded in this session, as the list under the form shows it. */
export interface SessionEntry {
  coded: CodedTie;
  /** "Mette Lund – Røde Kors Bro", as it was when saved */
  label: string;
  /** the project's revision the save made: a tie missing from a later one was taken away since */
  revision: number;
  /** the names of the actors the save created */
  createdNames: string[];
}

/** What one coding session keeps while the form is closed and opened again. */
export interface CodingSession {
  evidenceSource: string;
  source: End | null;
  entries: SessionEntry[];
}

/**
 * The sessions of this window, by project: closing the form by mistake (Escape) and opening it
 * again finds the interview where it was. Not stored: a session is one sitting with one interview.
 */
const sessions = new Map<string, CodingSession>();

export function sessionOf(project: string): CodingSession {
  return sessions.get(project) ?? { evidenceSource: '', source: null, entries: [] };
}

export function keepSession(project: string, session: CodingSession): void {
  sessions.set(project, session);
}

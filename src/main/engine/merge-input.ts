import type Database from 'better-sqlite3';
import type { Actor } from '../../core/model/schema';
import type { MergeInput } from '../../core/model/merge';
import { readActivity, readForum, readMembership, readPosition, readTie } from './read-project';

/**
 * What a merge of two actors needs from the open file (src/core/model/merge.ts works it out):
 * only the rows that touch either actor, in the project's order, so a merge in a project of
 * thousands of actors reads a handful of rows, not the whole project.
 */
export function readMergeInput(db: Database.Database, keep: Actor, drop: Actor): MergeInput {
  const ids = (sql: string) => db.prepare(sql).pluck().all({ keep: keep.id, drop: drop.id }) as string[];
  const present = <T>(row: T | undefined): row is T => row !== undefined;
  return {
    keep,
    drop,
    ties: ids('SELECT id FROM ties WHERE source IN (@keep, @drop) OR target IN (@keep, @drop) ORDER BY sort')
      .map((id) => readTie(db, id))
      .filter(present),
    memberships: ids('SELECT id FROM memberships WHERE person IN (@keep, @drop) OR organisation IN (@keep, @drop) ORDER BY sort')
      .map((id) => readMembership(db, id))
      .filter(present),
    forums: ids(
      'SELECT f.id FROM forums f WHERE EXISTS (SELECT 1 FROM forum_seats s WHERE s.forum = f.id AND (s.actor IN (@keep, @drop) OR s.represents IN (@keep, @drop))) ORDER BY f.sort',
    )
      .map((id) => readForum(db, id))
      .filter(present),
    activities: ids(
      'SELECT a.id FROM activities a WHERE EXISTS (SELECT 1 FROM activity_owners o WHERE o.activity = a.id AND o.actor IN (@keep, @drop)) OR EXISTS (SELECT 1 FROM activity_contacts c WHERE c.activity = a.id AND c.actor IN (@keep, @drop)) ORDER BY a.sort',
    )
      .map((id) => readActivity(db, id))
      .filter(present),
    positions: { keep: readPosition(db, keep.id) ?? null, drop: readPosition(db, drop.id) ?? null },
  };
}

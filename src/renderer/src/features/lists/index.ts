/** The spreadsheet tables of persons, organisations, memberships, relationships and forums. */
export { ActorTable } from './ActorTable';
export { ForumTable } from './ForumTable';
export { AddMembershipForm, MembershipTable } from './MembershipTable';
export { TieTable } from './TieTable';
export { BulkBar, CheckAllCell, CheckCell, DeleteCell, SortHeader, useBulk, useChecked, useSort, type SortDirection } from './table-state';
export { useEditableCells } from './columns';

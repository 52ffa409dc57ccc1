import type { CatalogueShape } from './catalogue';

/** English wording for deleting a person completely and for clearing the undo history. */
export const privacyEn: CatalogueShape['privacy'] = {
  neutralStep: 'change (a name was removed from the history)',
  parts: {
    person: 'the person',
    memberships_one: '{{count}} membership of an organisation',
    memberships_other: '{{count}} memberships of organisations',
    ties_one: '{{count}} tie with its quote and notes',
    ties_other: '{{count}} ties with their quotes and notes',
    seats_one: '{{count}} seat in a forum',
    seats_other: '{{count}} seats in forums',
    position: 'their place on the map',
    history_one: 'their traces in {{count}} step of the undo history',
    history_other: 'their traces in {{count}} steps of the undo history',
  },
  errors: {
    notAPerson:
      '"{{name}}" is not a person ({{kind}}). Only persons can be deleted completely. Delete an organisation the ordinary way, and clear the undo history afterwards if it must leave the file.',
    noSuchPerson: 'There is no person with the id "{{id}}" in the project or in its undo history.',
  },
  erase: {
    button: 'Delete completely …',
    buttonHint: 'Delete the person and every trace of them in the project file, the undo history included',
    title: 'Delete {{name}} completely?',
    takes: 'This deletes {{list}}.',
    absent: '{{name}} has been deleted from the project already, but is still in its undo history.',
    history_one:
      'Every trace of them also leaves the undo history ({{count}} step is changed or removed), and the file is rewritten so that none of it can be read there afterwards.',
    history_other:
      'Every trace of them also leaves the undo history ({{count}} steps are changed or removed), and the file is rewritten so that none of it can be read there afterwards.',
    noHistory: 'The person is not in the undo history. The file is rewritten so that nothing of them can be read there afterwards.',
    notTouched:
      "What was written about them elsewhere (in other people's notes or in quotes on other people's ties) is not changed. Copies of the file and exports saved before still contain them.",
    irreversible: 'This cannot be undone.',
    confirm: 'Delete completely',
    working: 'Deleting …',
    loading: 'Finding what belongs to the person …',
  },
  compact: {
    legend: 'Undo history',
    explain:
      'The project file keeps every change so that it can be undone, also after the project is closed. So it also keeps what was deleted or corrected. Clear the history to remove that from the file.',
    steps_one: 'The history has {{count}} step.',
    steps_other: 'The history has {{count}} steps.',
    scope: 'What to clear',
    all: 'The whole history',
    olderThan: 'Steps older than a number of days',
    days: 'Days',
    button: 'Clear the history …',
    title: 'Clear the undo history?',
    body_one:
      'This removes {{count}} step (of {{total}}) from the undo history and rewrites the file without it, so that it cannot be read there afterwards. The project stays as it is now; the change just can no longer be undone.',
    body_other:
      'This removes {{count}} of {{total}} steps from the undo history and rewrites the file without them, so that they cannot be read there afterwards. The project stays as it is now; the changes just can no longer be undone.',
    nothing: 'No step is that old. The file is rewritten anyway, without what was deleted already.',
    confirm: 'Clear the history',
    done_one: '{{count}} step was removed from the history.',
    done_other: '{{count}} steps were removed from the history.',
  },
  cli: {
    cmdErase: 'Delete a person completely: from the project, from the undo history and from the bytes of the file. Cannot be undone.',
    argPerson: "the person's id",
    optYes: 'delete completely (without --yes it only says what would be deleted)',
    wouldErase: 'nothing was changed. With --yes, "{{name}}" ({{id}}) is deleted completely: {{list}}. This cannot be undone.',
    erased: 'Deleted "{{name}}" ({{id}}) completely: {{list}}. {{file}} was rewritten without them.',
    cmdCompact: 'Clear the undo history (all of it, or the steps older than a number of days) and rewrite the file without it.',
    optKeepHistory: '"none": clear all of the history (the default); a number of days: keep the steps newer than that',
    compacted_one: 'Removed {{count}} step of {{total}} from the undo history. {{file}} was rewritten without it.',
    compacted_other: 'Removed {{count}} steps of {{total}} from the undo history. {{file}} was rewritten without them.',
  },
};

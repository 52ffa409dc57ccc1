import type { entryDa } from './entry-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Entering a network by hand, from an empty project, in English (Danish, the default, in entry-da.ts). */
export const entryEn: Shape<typeof entryDa> = {
  steps: {
    title: 'How to get started',
    intro: 'The map draws itself as you enter the network:',
    organisations: 'Add the organisations: departments, associations, the volunteer centre, a church …',
    persons: 'Add the persons in them, each with their organisation and role (employee, volunteer …).',
    ties: 'Add the ties between them, or code an interview.',
    next: 'Next step:',
    done: 'done',
    go: {
      organisations: 'Add organisations',
      persons: 'Add persons',
      ties: 'Add ties',
    },
    import: 'Already have the data in a spreadsheet? Import it instead.',
  },
  empty: {
    organisations: 'No organisations yet. Start here: type the name of an organisation or department above.',
    personsFirst: 'No persons yet. First add the organisations the persons belong to.',
    persons: "No persons yet. Type a person's name above, and choose their organisation and role.",
  },
  form: {
    roleWithout: 'Choose an organisation to give the person a role in it.',
    namesakePerson_one: 'There already is a person called {{name}}.',
    namesakePerson_other: 'There already are {{count}} persons called {{name}}.',
    namesakeOrganisation_one: 'There already is an organisation called {{name}}.',
    namesakeOrganisation_other: 'There already are {{count}} organisations called {{name}}.',
    namesakeHint: 'If it is the same one, open it instead. Two of one name can be merged later with Find duplicates.',
    open: 'Open {{name}}',
    addAnyway: 'Add anyway',
  },
  cells: {
    edit: 'Choose the row to edit',
    rename: 'Double-click to rename',
  },
};

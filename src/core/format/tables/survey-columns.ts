import { NOTES, WAVES, type Column } from './decode-tables';

/**
 * The columns of a survey's two tables, whose rows give names rather than ids, in the header
 * forms `headerKey` makes (lower case, spaces as `_`), Danish and English, preferred first.
 *
 * - nominations (a name generator): one row per respondent and contact they named, with the
 *   contact's organisation as free text, the kind and strength of the relationship, and where
 *   it is documented.
 * - roster: one row per person, with the organisation they belong to and their role there.
 */

export const NOMINATION_COLUMNS: readonly Column[] = [
  { field: 'respondent', names: ['respondent', 'respondentens_navn', 'respondent_name', 'besvaret_af', 'informant', 'interviewperson', 'ego'], required: true },
  {
    field: 'contact',
    names: ['kontakt', 'navn_på_kontakt', 'kontaktens_navn', 'kontaktperson', 'contact', 'contact_name', 'alter', 'navngivet', 'navngivet_person', 'named', 'nominee'],
  },
  {
    field: 'respondentOrganisation',
    names: ['respondentens_organisation', 'respondentens_arbejdssted', 'egen_organisation', 'respondent_organisation', 'respondent_organization', 'ego_organisation'],
  },
  {
    field: 'contactOrganisation',
    names: ['kontaktens_organisation', 'kontaktens_arbejdssted', 'organisation', 'organization', 'arbejdssted', 'contact_organisation', 'contact_organization', 'alter_organisation'],
  },
  { field: 'type', names: ['type', 'relationstype', 'relation', 'tie_type', 'slags'] },
  { field: 'strength', names: ['styrke', 'strength', 'hyppighed', 'frequency', 'vægt', 'weight'] },
  { field: 'directed', names: ['directed', 'rettet'] },
  { field: 'evidence.source', names: ['kilde', 'source', 'interview', 'evidence_source', 'belæg'] },
  { field: 'evidence.quote', names: ['citat', 'quote', 'evidence_quote'] },
  { field: 'evidence.confidence', names: ['sikkerhed', 'confidence'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];

export const ROSTER_COLUMNS: readonly Column[] = [
  { field: 'name', names: ['navn', 'name', 'fulde_navn', 'full_name', 'person', 'deltager', 'medarbejder'], required: true },
  { field: 'organisation', names: ['organisation', 'organization', 'arbejdssted', 'forening', 'workplace', 'employer', 'afdeling'] },
  { field: 'role', names: ['rolle', 'role', 'funktion', 'stilling'] },
  { field: 'sector', names: ['sektor', 'sector'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];

const namesOf = (columns: readonly Column[], field: string): readonly string[] => columns.find((c) => c.field === field)?.names ?? [];

/** Header keys that say a sheet is a name generator: who answered, and whom they named. */
export const RESPONDENT_NAMES = namesOf(NOMINATION_COLUMNS, 'respondent');
export const CONTACT_NAMES = [...namesOf(NOMINATION_COLUMNS, 'contact'), ...namesOf(NOMINATION_COLUMNS, 'contactOrganisation')];
/** Header keys that say a sheet is a roster: a person's name and their organisation. */
export const ROSTER_NAME_NAMES = namesOf(ROSTER_COLUMNS, 'name').filter((n) => n !== 'person');
export const ROSTER_ORGANISATION_NAMES = namesOf(ROSTER_COLUMNS, 'organisation');

/** The tables whose rows give names to be matched to the project's actors. */
export const SURVEY_TABLES = ['roster', 'nominations'] as const;
export type SurveyTable = (typeof SURVEY_TABLES)[number];

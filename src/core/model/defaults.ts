import { ProjectSettingsSchema, type Codebooks, type ProjectSettings } from './schema';

/**
 * The Okabe–Ito palette: distinguishable with the common forms of colour blindness and in
 * greyscale print, which matters for maps shown to steering groups.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#009E73',
  '#E69F00',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

/** Colour for actors without a sector or with a sector missing from the codebook. */
export const NO_SECTOR_COLOR = '#9A9A9A';

export function defaultCodebooks(): Codebooks {
  return {
    sectors: [
      {
        key: 'municipality',
        label: { da: 'Kommune', en: 'Municipality' },
        color: OKABE_ITO[0],
        definite: { da: 'kommunen', en: 'the municipality' },
      },
      {
        key: 'civil_society',
        label: { da: 'Civilsamfund', en: 'Civil society' },
        color: OKABE_ITO[1],
        definite: { da: 'civilsamfundet', en: 'civil society' },
      },
      {
        key: 'citizens',
        label: { da: 'Borgere / målgruppe', en: 'Citizens / target group' },
        color: OKABE_ITO[2],
        definite: { da: 'borgerne', en: 'the citizens' },
      },
      { key: 'business', label: { da: 'Erhverv', en: 'Business' }, color: OKABE_ITO[3], definite: { da: 'erhvervslivet', en: 'business' } },
      {
        key: 'other_public',
        label: { da: 'Anden offentlig', en: 'Other public' },
        color: OKABE_ITO[4],
        definite: { da: 'andre offentlige', en: 'other public bodies' },
      },
    ],
    tieTypes: [
      { key: 'collaboration', label: { da: 'Samarbejde', en: 'Collaboration' }, color: '#4D4D4D' },
      { key: 'information', label: { da: 'Information', en: 'Information' }, color: '#56B4E9' },
      { key: 'advice', label: { da: 'Rådgivning', en: 'Advice' }, color: '#009E73' },
      {
        key: 'resources',
        label: { da: 'Ressourcer / finansiering', en: 'Resources / funding' },
        color: '#E69F00',
      },
      { key: 'contract', label: { da: 'Kontrakt / leverandør', en: 'Contract / supplier' }, color: '#D55E00' },
      { key: 'personal', label: { da: 'Personlig relation', en: 'Personal' }, color: '#CC79A7' },
    ],
    // Yearly turnover defaults: volunteers leave more often than permanent staff (VIVE's
    // interviews repeatedly name volunteer turnover); analysts edit these per project.
    roles: [
      { key: 'employee', label: { da: 'Ansat', en: 'Employee' }, turnover: 0.15 },
      { key: 'volunteer', label: { da: 'Frivillig', en: 'Volunteer' }, turnover: 0.3 },
      { key: 'leader', label: { da: 'Leder', en: 'Leader' }, turnover: 0.1 },
      { key: 'coordinator', label: { da: 'Tovholder', en: 'Coordinator' }, turnover: 0.2 },
      { key: 'member', label: { da: 'Medlem', en: 'Member' }, turnover: 0.25 },
    ],
    forumKinds: [
      { key: 'coordination', label: { da: 'Koordineringsforum', en: 'Coordination forum' } },
      { key: 'network', label: { da: 'Netværksgruppe', en: 'Network group' } },
      { key: 'working', label: { da: 'Arbejdsgruppe', en: 'Working group' } },
      { key: 'steering', label: { da: 'Styregruppe', en: 'Steering group' } },
      { key: 'other', label: { da: 'Andet forum', en: 'Other forum' } },
    ],
    targetGroups: defaultTargetGroups(),
  };
}

/**
 * The target group an activity for every newly arrived refugee has: the gap analysis counts its
 * activities as offered to every other target group too.
 */
export const EVERYONE = 'all';

/** Whom the reception's activities are for, as the reception workshop's timeline sorts them. */
export function defaultTargetGroups(): Codebooks['targetGroups'] {
  return [
    { key: EVERYONE, label: { da: 'Alle nyankomne', en: 'All newly arrived' } },
    { key: 'families', label: { da: 'Børnefamilier', en: 'Families with children' } },
    { key: 'single_adults', label: { da: 'Enlige voksne', en: 'Single adults' } },
    { key: 'children_youth', label: { da: 'Børn og unge', en: 'Children and young people' } },
    { key: 'women', label: { da: 'Kvinder', en: 'Women' } },
    { key: 'men', label: { da: 'Mænd', en: 'Men' } },
    { key: 'unaccompanied', label: { da: 'Uledsagede mindreårige', en: 'Unaccompanied minors' } },
  ];
}

export function defaultSettings(): ProjectSettings {
  return ProjectSettingsSchema.parse({ strengthScale: { min: 1, max: 5 } });
}

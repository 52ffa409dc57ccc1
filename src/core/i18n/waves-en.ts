import type { CatalogueShape } from './catalogue';

/** English wording for waves: defining, ordering, copying, removing, presence and comparing. */
export const wavesEn: CatalogueShape['waves'] = {
  history: {
    addCopy: 'add wave "{{label}}" as a copy of "{{from}}"',
    copy_one: 'copy "{{from}}" into "{{label}}" ({{count}} element)',
    copy_other: 'copy "{{from}}" into "{{label}}" ({{count}} elements)',
    order: 'reorder the waves',
    presenceOn_one: 'put {{count}} element in wave "{{label}}"',
    presenceOn_other: 'put {{count}} elements in wave "{{label}}"',
    presenceOff_one: 'take {{count}} element out of wave "{{label}}"',
    presenceOff_other: 'take {{count}} elements out of wave "{{label}}"',
  },
  errors: {
    copySame: 'a wave cannot be copied into itself ("{{id}}"); choose another wave',
    orderTwice: 'wave "{{id}}" is named twice in the new order',
    orderMissing_one: 'the new order leaves out wave {{ids}}',
    orderMissing_other: 'the new order leaves out waves {{ids}}',
    noWaveLeft:
      '"{{label}}" is only in wave "{{wave}}" and would then be in no wave; an element without waves counts as present in all. Delete it instead',
  },
};

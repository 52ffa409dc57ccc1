/** Moved to core so the map, its legend and the image writers share it (src/core/drawing/map-filters.ts). */
export * from '../../../../core/drawing/map-filters';

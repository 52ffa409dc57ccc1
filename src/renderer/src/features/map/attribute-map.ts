/** Moved to core so the map, its legend and the image writers share it (src/core/drawing/attribute-map.ts). */
export * from '../../../../core/drawing/attribute-map';

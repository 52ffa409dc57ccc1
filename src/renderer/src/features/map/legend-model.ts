/** Moved to core: the image writers draw the same legend (src/core/drawing/legend-model.ts). */
export * from '../../../../core/drawing/legend-model';

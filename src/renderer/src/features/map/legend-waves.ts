/** Moved to core: the image writers draw the same legend (src/core/drawing/legend-waves.ts). */
export * from '../../../../core/drawing/legend-waves';

/** The room the timeline's drawing keeps around the plot, in pixels. */
export const LABEL_WIDTH = 180;
export const RIGHT = 16;
export const AXIS_HEIGHT = 44;
/** the radius of a badge on a bar */
export const BADGE = 7;

export const chartWidthFor = (plotWidth: number) => LABEL_WIDTH + plotWidth + RIGHT;
export const plotWidthIn = (chartWidth: number) => Math.max(200, chartWidth - LABEL_WIDTH - RIGHT);

/** The reception timeline: its view, the editing of activities, and its part of the settings. */
export { ActivityDetails } from './ActivityDetails';
export { ActivityTable } from './ActivityTable';
export { AddActivityForm } from './AddActivityForm';
export { TimelineArea } from './TimelineArea';
export { TimelineSettings } from './TimelineSettings';
export { timelineHighlight, useTimelineState, type TimelineState } from './timeline-state';

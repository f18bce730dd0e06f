/**
 * PGY timelines and curriculum layout.
 *
 * @module
 */
export { pgyTimeline } from './pgy-timeline';
export type {
  LeaveAllowance,
  LeaveAveraging,
  LeaveSpan,
  LeaveTally,
  PgyTimeline,
  PgyTimelineInput,
  PgyYear,
  ProgramLength,
  TrainingExtension,
} from './pgy-types';
export { layoutCurriculum } from './curriculum-layout';
export type { LayoutOptions, LayoutStart } from './curriculum-layout';
export type {
  CurriculumLayout,
  DatedBlock,
  LaidOutYear,
  LengthBounds,
  OpenSlot,
  PlacedBlock,
  RangedBlock,
  UnplacedBlock,
  UnplacedReason,
} from './layout-types';

import type { Command } from '../command';
import { checkCommand } from './check';
import { conferencesCommand } from './conferences';
import { icsCommand } from './ics';
import { programsCommand } from './programs';
import { schemaCommand } from './schema';
import { scheduleCommand } from './schedule';
import { showCommand } from './show';
import { timelineCommand } from './timeline';
import { validateCommand } from './validate';
import { workHoursCommand } from './work-hours';

/** Every `gmekit` command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [programsCommand, showCommand, timelineCommand, conferencesCommand, checkCommand, workHoursCommand, icsCommand, validateCommand, schemaCommand, scheduleCommand];

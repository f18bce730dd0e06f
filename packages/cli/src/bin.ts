#!/usr/bin/env node
import { main } from './run';

// Streams flush before exit because main sets process.exitCode instead of calling process.exit.
void main(process.argv.slice(2));

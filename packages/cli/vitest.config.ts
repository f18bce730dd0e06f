import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

// The CLI's test files all import the same package graph (model, programs,
// calendar, requirements); sharing one module graph across files instead of
// re-importing it per file keeps the suite fast enough to run under seven
// time zones. The tests keep no module state between files.
export default mergeConfig(defineConfig(shared), defineConfig({ test: { isolate: false } }));

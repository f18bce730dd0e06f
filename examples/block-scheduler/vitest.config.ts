import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

export default defineConfig(shared);

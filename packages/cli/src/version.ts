/** Version of `@gmekit/cli`, printed by `gmekit --version`. */
export const VERSION = '0.0.0';

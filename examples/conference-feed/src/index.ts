/**
 * Conference feed example: a loopback HTTP server with an iCalendar feed
 * and a JSON document per program.
 *
 * @module
 */
export { createFeedServer, startFeedServer } from './server';
export type { FeedServerOptions, RunningFeedServer } from './server';
export { feedDocument, feedICS, SessionStore } from './feed';
export type { FeedDocument, FeedOptions } from './feed';
export { readWindow, RequestError } from './window';
export type { FeedWindow, WindowPolicy } from './window';
export { DEFAULT_READINGS } from './readings';

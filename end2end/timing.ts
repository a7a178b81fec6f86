// Timing shared by playwright.config.ts and the specs.

/** The federated server's minimum fill time: long enough that a debug
 *  build on two busy cores has hydrated a survey page well within it. */
export const MIN_FILL_SECONDS = 10;

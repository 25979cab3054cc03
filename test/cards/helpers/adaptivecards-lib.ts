/**
 * The adaptivecards library in Node. Its package entry is ESM with extensionless imports and fails
 * under require; the UMD bundle works (see docs/teams-notes.md §T13).
 */
export const AC: typeof import('adaptivecards') = require('adaptivecards/dist/adaptivecards.js');

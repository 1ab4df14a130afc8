// The documents of what is not a report of the registry: the diff of two revisions.
export { diffDocument } from '../render/tables/diff.js';

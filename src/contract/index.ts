export * from './documents.js';
export { checkDocument, detectKind, formatProblem, type CheckResult } from './validate.js';
export { resolveSafeUrl, type Problem } from './schema.js';
export { loadJson, LoadError, type LoadOptions } from './loader.js';

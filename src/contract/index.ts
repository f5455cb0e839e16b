export * from './documents.js';
export { checkDocument, detectKind, type CheckResult } from './validate.js';
export { formatProblem, problemText, type ProblemLanguage } from './problem-text.js';
export { resolveSafeUrl, type Problem, type ProblemCode } from './schema.js';
export { loadJson, LoadError, type LoadOptions } from './loader.js';

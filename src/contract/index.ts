export * from './documents.js';
export { checkDocument, detectKind, type CheckResult } from './validate.js';
export { formatProblem, problemText, type ProblemLanguage } from './problem-text.js';
export { isError, resolveSafeUrl, type Problem, type ProblemCode, type Severity } from './schema.js';
export { decodeJsonBytes, declaredCharset, type Decoded } from './decode.js';
export { loadJson, LoadError, type LoadOptions } from './loader.js';

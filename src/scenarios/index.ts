// Reading and validating scenario files into core types (docs/scenario-files.md).
export * from './problem.js';
export * from './quantity.js';
export * from './load.js';
export * from './referenced-file.js';
export { referencedFileReader } from './read-referenced-file.js';
export * from './overrides.js';
export * from './input-assignment.js';
export * from './text-fields.js';
export { formatWarning, type ScenarioWarning } from './scenario-warning.js';
export { swappedPathWarnings } from './swapped-path-warnings.js';

// Analyses over the estimate: sensitivity (a tornado), sweeps (data tables), solving for a target.
// Pure like the rest of the core; every number comes from `estimate`.
export * from './scenario-inputs.js';
export * from './sensitivity.js';
export * from './sweep.js';
export * from './solve.js';

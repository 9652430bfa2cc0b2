// The pure core: model types, intervals, the model written once over an arithmetic, the estimate. No I/O, no React, no process.
export * from './interval.js';
export * from './round-up.js';
export * from './factors.js';
export * from './figures.js';
export * from './scenario.js';
export * from './arithmetic.js';
export * from './interval-arithmetic.js';
export * from './weighted-mean-bounds.js';
export * from './model.js';
export * from './next-brigade.js';
export * from './estimate.js';
export * from './expectations.js';
export * from './distribution.js';
export * from './explain.js';
export * from './sector-rounding.js';
export * from './countable-figures.js';

// Monte Carlo over a scenario (`forcecalc simulate`): seeded streams, samplers, the column kernel, statistics.
export * from './random-streams.js';
export * from './distribution-sampler.js';
export * from './simulated-figures.js';
export * from './simulation-plan.js';
export * from './simulation-kernel.js';
export * from './figure-statistics.js';
export * from './simulate.js';
export * from './select-ranks.js';

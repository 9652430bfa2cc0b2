// Monte Carlo over a scenario (`forcecalc simulate`): keyed seeded streams, samplers, the model over columns, statistics.
export * from './random-streams.js';
export * from './distribution-sampler.js';
export * from './simulation-plan.js';
export * from './input-columns.js';
export * from './column-arithmetic.js';
export * from './figure-statistics.js';
export * from './memory-budget.js';
export * from './covered-from-day.js';
export * from './simulate.js';
export * from './select-ranks.js';
export * from './suffice-tally.js';

export * from './common';
export * from './errors';
export * from './localized-text';
export * from './opportunities';
export * from './regions';
export * from './themes';
export * from './twinnings';
export * from './transfer';

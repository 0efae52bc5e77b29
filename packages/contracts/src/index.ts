export * from './common';
export * from './network';
export * from './catalog';
export * from './calendar';
export * from './identity';
export * from './registries';
export * from './certificates';
export * from './cases';

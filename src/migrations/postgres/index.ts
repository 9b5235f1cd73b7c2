import * as migration_00000000_000000_initial from './00000000_000000_initial';

export const migrations = [
  {
    up: migration_00000000_000000_initial.up,
    down: migration_00000000_000000_initial.down,
    name: '00000000_000000_initial'
  },
];

import * as migration_00000000_000000_initial from './00000000_000000_initial';
import * as migration_20261207_120000_search_full_text from './20261207_120000_search_full_text';
import * as migration_20261207_130000_search_scope from './20261207_130000_search_scope';

export const migrations = [
  {
    up: migration_00000000_000000_initial.up,
    down: migration_00000000_000000_initial.down,
    name: '00000000_000000_initial',
  },
  {
    up: migration_20261207_120000_search_full_text.up,
    down: migration_20261207_120000_search_full_text.down,
    name: '20261207_120000_search_full_text'
  },
  {
    up: migration_20261207_130000_search_scope.up,
    down: migration_20261207_130000_search_scope.down,
    name: '20261207_130000_search_scope'
  },
];

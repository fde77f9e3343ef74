/** A page of a list endpoint: `{ items, total }`. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Answer of an import (dry run or real). */
export interface ImportResult {
  created: number;
  updated: number;
  /** Rows already present and identical (newer servers report it). */
  unchanged?: number;
}

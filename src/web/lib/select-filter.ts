import { foldForSearch } from '../../core/text.js';

/** Select option filter that ignores case and diacritics ("phuong" finds "Phường"). */
export function filterOptionFolded(input: string, option?: { label?: unknown }): boolean {
  return foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input));
}

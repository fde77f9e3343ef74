/** Materialised paths of the unit tree: "/<id>/<id>/…/" from the root down to the unit itself. */

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length - 1;
}

export function idsOnPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function serverIsStale(): boolean;
export function webIsStale(): boolean;
export function buildServer(): Promise<void>;
export function buildWeb(): Promise<void>;
export function ensureBuilt(options: { web: boolean }): Promise<void>;

export declare const CHROMIUM: string
export declare const PROGRAMS: [string, string][]
export declare const MIN_NODE: [number, number]
export declare function onPath(name: string, path?: string): boolean
export declare function missing(machine?: { has?: (name: string) => boolean; exists?: (file: string) => boolean; node?: string }): { packages: string[]; oldNode: boolean }
export declare function report(found: { packages: string[]; oldNode: boolean }, node?: string): string | null

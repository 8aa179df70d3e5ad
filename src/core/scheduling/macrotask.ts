// Every JavaScript host (Node, browsers, workers) provides setTimeout, but ECMAScript does not,
// so the pure core declares the one call it needs instead of pulling in host typings.
declare function setTimeout(callback: () => void, ms: number): unknown;

/** Resolves after pending I/O, e.g. a solver worker's reply, has had a chance to arrive. */
export const nextMacrotask = (delayMs = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, delayMs));

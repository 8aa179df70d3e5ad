// Types of web-build-staleness.mjs, which stays JavaScript: it runs at `npm install`, before the
// TypeScript tools of a development install exist (and without them in a production install).
export function webBuildStaleness(root: string): string | null;

// The core compiles without DOM or Node types to prove it does no I/O. TextDecoder is pure
// computation, standard in every runtime the core runs in (Node, browsers), so it alone is
// declared here: the subset of the WHATWG Encoding API the core uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

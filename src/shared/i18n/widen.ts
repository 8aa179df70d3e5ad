/** Same tree as the English namespace, every leaf a string: a missing or extra key in nl/zh fails type-checking. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

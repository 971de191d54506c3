/**
 * Compile-time proofs that a schema describes exactly a model type:
 * `exact<Same<v.InferOutput<typeof S>, T>>(true)` stops compiling when the two drift apart.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
export const exact = <T extends true>(value: T) => value

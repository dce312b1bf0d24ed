/**
 * A parsed file as the loaders share it: every figure and claim gets the same value, so the rows
 * or cells are readonly to them (the top level is also frozen at run time; the rows are not, since
 * freezing one object per row cost as much as parsing). Copy before changing.
 */
export type Shared<T> = T extends readonly (infer U)[]
  ? readonly Readonly<U>[]
  : { readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? readonly Readonly<U>[] : Readonly<T[K]> };

/**
 * Every value of one of the schema's enums (a union the generated schema types define), listed in
 * an order Crosslink chooses for checks and help text. The compiler refuses a list that leaves a
 * value out, or holds one the schema does not: `everyValueOf<LinkKind>()(['KNOWS', …])`.
 */
export function everyValueOf<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : { readonly missing: Exclude<T, V[number]> })): V =>
    values;
}

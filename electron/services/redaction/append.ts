// Appending a list to a list one item at a time: `out.push(...list)` passes every item as an argument
// on the stack, and a hostile text with a few hundred thousand matches overflows it.

export function append<T>(out: T[], more: readonly T[]): void {
  for (const x of more) out.push(x);
}

/**
 * Freezes a value and everything reachable from it, so apps sharing the
 * embedded catalog cannot change it for each other. Returns the same value
 * with its type unchanged (the model's types are mutable; the data is not).
 *
 * @param value - the value to freeze
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Option parsers shared by the commands: a bad value is a usage error naming the option, never a silent default.
import { InvalidArgumentError } from 'commander';

/** A whole number ≥ min, for commander's option parsing. */
export function wholeNumber(option: string, min = 0): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min) {
      throw new InvalidArgumentError(`${option} must be a whole number ≥ ${min}, got "${value}"`);
    }
    return n;
  };
}

/** One of a fixed list of values. */
export function oneOf<T extends string>(option: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(values as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${option} must be one of ${values.join(', ')}; got "${value}"`);
    }
    return value as T;
  };
}

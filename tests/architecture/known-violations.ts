// Layering violations src/ still has while issue 16 is worked through: each named, with the change that
// removes it. The architecture test prints them, fails on any violation not listed here, and fails when an
// entry matches nothing any more (then delete it). Never add an entry to make new code pass.

export interface KnownViolation {
  readonly name: string;
  readonly matches: (message: string) => boolean;
}

/** Violations reported for an import written in one of `files` and naming a file under `target`. */
export const known = (name: string, files: readonly string[], target: string): KnownViolation => ({
  name,
  matches: (message) => files.some((f) => message.startsWith(`${f}:`)) && message.includes(target),
});

// Empty: src/ keeps every rule. Kept so that a violation found while a change is under way can be listed by
// name, with the change that removes it, instead of weakening a rule.
export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [];

/** A mistake in how the command was called, or input it cannot read: exit 2 with the message. */
export class UsageError extends Error {}

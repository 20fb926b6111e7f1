// Size limits both processes enforce; the renderer checks them before calling, the contract on arrival.

/** Largest prompt accepted over IPC (characters). Longer text gets a clear INVALID_INPUT. */
export const MAX_TEXT_CHARS = 2_000_000;

// Every call the renderer can make, with runtime validation. Filled in by the renderer work;
// the shell registers whatever is listed here generically.
import { z } from 'zod';
import { channel } from './define';

export const contract = {
  'app.ping': channel(z.object({}), z.object({ ok: z.literal(true) })),
};

export const events = {};

export type Contract = typeof contract;
export type Events = typeof events;

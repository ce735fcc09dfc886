import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(200),
  password: z.string().min(1).max(1024),
});

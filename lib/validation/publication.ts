// Publishing takes no options: what is published is each claim's latest
// approval, decided on the server. The body may be absent or `{}`; anything
// else is refused, so a client that believes it can choose claims learns
// it cannot.
import { z } from './zod';

export const publishArticleSchema = z.object({}).strict();
export type PublishArticleBody = z.infer<typeof publishArticleSchema>;

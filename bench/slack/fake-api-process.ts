import { FakeSlackApi } from '../../test/bot/slack/support/fake-slack-api';
import { stopRequested } from '../api/child-process';

/**
 * The fake Slack Web API in its own process, as Slack's servers are not on the app's CPU
 * (users.info and response_urls after each ack; chat writes of the fan-out).
 * PER_CHANNEL_PER_SECOND limits chat writes per channel (429 with Retry-After beyond).
 *
 * Messages from the parent: `{ watch: { writes, posts } }` answers `{ watched }` once that many
 * more chat writes (and top-level posts) were accepted, with the times (epoch ms) they were
 * reached; `{ report: { channelPrefix } }` answers `{ report }` with the accepted writes per
 * channel of that prefix and the 429 count so far.
 */
export interface FanOutWatch {
  writes: number;
  posts: number;
}
export interface FanOutWatched {
  firstPostAt?: number;
  postsAt?: number;
  doneAt?: number;
}
export interface FanOutReport {
  writesPerChannel: Record<string, number>;
  rateLimited: number;
}

const api = new FakeSlackApi();
api.perChannelPerSecond = Number(process.env.PER_CHANNEL_PER_SECOND ?? 0);
await api.start();

const writes = () => api.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update');

process.on('message', (message: { watch?: FanOutWatch; report?: { channelPrefix: string } }) => {
  if (message.watch) {
    const { watch } = message;
    const skip = writes().length;
    const timer = setInterval(() => {
      const accepted = writes().slice(skip);
      if (accepted.length < watch.writes) return;
      clearInterval(timer);
      const posts = accepted.filter((c) => c.method === 'chat.postMessage' && !c.body.thread_ts);
      process.send?.({
        watched: {
          firstPostAt: posts[0]?.at,
          postsAt: posts[watch.posts - 1]?.at,
          doneAt: accepted[watch.writes - 1]?.at,
        },
      });
    }, 5);
  }
  if (message.report) {
    const { channelPrefix } = message.report;
    const writesPerChannel: Record<string, number> = {};
    for (const call of writes()) {
      const channel = String(call.body.channel);
      if (channel.startsWith(channelPrefix)) writesPerChannel[channel] = (writesPerChannel[channel] ?? 0) + 1;
    }
    process.send?.({ report: { writesPerChannel, rateLimited: api.rateLimited } });
  }
});

process.send?.({ apiUrl: api.apiUrl, responseUrl: api.responseUrl('bench') });
await stopRequested();
await api.stop();
process.exit(0);

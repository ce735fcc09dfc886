import { FakeSlackApi } from '../../test/bot/slack/support/fake-slack-api';
import { stopRequested } from '../api/child-process';

/** The fake Slack Web API in its own process (users.info and response_urls after each ack). */
const api = new FakeSlackApi();
await api.start();
process.send?.({ apiUrl: api.apiUrl, responseUrl: api.responseUrl('bench') });
await stopRequested();
await api.stop();
process.exit(0);

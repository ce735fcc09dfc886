import { del, get, post } from './client';

export interface FeedTokenState {
  active: boolean;
  createdAt: string | null;
}

export const fetchFeedTokenState = () => get<FeedTokenState>('/api/v1/me/feed-token');
export const createFeedToken = () => post<{ url: string }>('/api/v1/me/feed-token');
export const revokeFeedToken = () => del<void>('/api/v1/me/feed-token');

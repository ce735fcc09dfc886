import { get } from './client';
import type { OpenItemsReport } from './types';

export const fetchOpenItems = () => get<OpenItemsReport>('/api/v1/open-items');

import { Types } from 'mongoose';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';

export interface OpenItem {
  kind: 'followUp' | 'inquiry';
  title: string;
  dueDate?: Date;
}

const OPEN_INQUIRY_STATES = ['eingereicht', 'angenommen', 'zugewiesen'] as const;

/** A person's open follow-ups (they own) and unanswered Anfragen (they filed), due first. */
export async function openItemsOf(personId: string, limit = 10): Promise<OpenItem[]> {
  if (!Types.ObjectId.isValid(personId)) return [];
  const [followUps, inquiries] = await Promise.all([
    FollowUpModel.find({ ownerPerson: personId, status: 'offen' }).sort({ dueDate: 1 }).limit(limit).lean(),
    InquiryModel.find({ author: personId, state: { $in: [...OPEN_INQUIRY_STATES] } })
      .sort({ dueDate: 1 })
      .limit(limit)
      .lean<{ subject: string; dueDate?: Date | null }[]>(),
  ]);
  const items: OpenItem[] = [
    ...followUps.map((f) => ({ kind: 'followUp' as const, title: f.title, dueDate: f.dueDate ?? undefined })),
    ...inquiries.map((i) => ({
      kind: 'inquiry' as const,
      title: i.subject,
      dueDate: i.dueDate ?? undefined,
    })),
  ];
  return items
    .sort((a, b) => (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity))
    .slice(0, limit);
}

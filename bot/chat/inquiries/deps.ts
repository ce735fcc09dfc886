import type { Principal } from '../../../server/domain/access/principal';
import type {
  FileInquiryInput,
  FileInquiryResult,
  FilingChoices,
} from '../../../server/domain/inquiries/filing';

/** The Anfragen use cases the chat form needs, bound to their storage in `server/composition/inquiry-chat.ts`. */
export interface InquiryChatDeps {
  clock: () => Date;
  choices(principal: Principal, now: Date): Promise<FilingChoices>;
  file(principal: Principal, input: FileInquiryInput, now: Date): Promise<FileInquiryResult>;
  /** Id of one filing attempt, carried in the form so a retried submission files once. */
  newRequestId(): string;
}

export const INQUIRY_OPEN_ACTION = 'inquiry.open';
export const INQUIRY_FILE_FORM = 'inquiry.file';
export const INQUIRY_CONFIRM_LATE_FORM = 'inquiry.confirmLate';

/** Button value of the Teams message extension: the form opens in a dialog only its user sees. */
export const INQUIRY_IN_DIALOG = 'inDialog';

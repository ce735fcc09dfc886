import { deserialize, serialize, type Document } from 'bson';
import { normalizeIncoming } from '../bson-values';

export const OpCode = { REPLY: 1, QUERY: 2004, COMPRESSED: 2012, MSG: 2013 } as const;
export const HEADER_SIZE = 16;

const FLAG_CHECKSUM_PRESENT = 1 << 0;
const FLAG_MORE_TO_COME = 1 << 1;
/** Bits 0-15 are "required": a receiver must reject unknown ones. */
const KNOWN_REQUIRED_FLAGS = FLAG_CHECKSUM_PRESENT | FLAG_MORE_TO_COME;

export class ProtocolError extends Error {}

export interface MessageHeader {
  length: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

export function readHeader(buf: Buffer): MessageHeader {
  return {
    length: buf.readInt32LE(0),
    requestId: buf.readInt32LE(4),
    responseTo: buf.readInt32LE(8),
    opCode: buf.readInt32LE(12),
  };
}

/** Documents keep their BSON types: numbers come in as Int32/Double and are normalized. */
function decodeDocument(buf: Buffer, offset: number): { doc: Document; end: number } {
  if (offset + 4 > buf.length) throw new ProtocolError('truncated BSON document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > buf.length) throw new ProtocolError('invalid BSON document size');
  const raw = deserialize(buf.subarray(offset, offset + size), {
    promoteValues: false,
    promoteBuffers: false,
    validation: { utf8: true },
  });
  return { doc: normalizeIncoming(raw) as Document, end: offset + size };
}

function readCString(buf: Buffer, offset: number): { value: string; end: number } {
  const zero = buf.indexOf(0, offset);
  if (zero < 0) throw new ProtocolError('unterminated string');
  return { value: buf.toString('utf8', offset, zero), end: zero + 1 };
}

/** OP_MSG: flag bits, one body section (kind 0) and any number of document sequences (kind 1). */
export function parseOpMsg(message: Buffer): { command: Document; moreToCome: boolean } {
  const flags = message.readUInt32LE(HEADER_SIZE);
  if (flags & 0xffff & ~KNOWN_REQUIRED_FLAGS)
    throw new ProtocolError(`unsupported OP_MSG flag bits ${flags}`);
  const end = flags & FLAG_CHECKSUM_PRESENT ? message.length - 4 : message.length;
  let offset = HEADER_SIZE + 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[]]> = [];
  while (offset < end) {
    const kind = message[offset++];
    if (kind === 0) {
      if (body) throw new ProtocolError('OP_MSG has more than one body section');
      const decoded = decodeDocument(message.subarray(0, end), offset);
      body = decoded.doc;
      offset = decoded.end;
    } else if (kind === 1) {
      const size = message.readInt32LE(offset);
      const sectionEnd = offset + size;
      if (size < 5 || sectionEnd > end) throw new ProtocolError('invalid document sequence size');
      const id = readCString(message, offset + 4);
      const docs: Document[] = [];
      let pos = id.end;
      while (pos < sectionEnd) {
        const decoded = decodeDocument(message.subarray(0, sectionEnd), pos);
        docs.push(decoded.doc);
        pos = decoded.end;
      }
      sequences.push([id.value, docs]);
      offset = sectionEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG without body section');
  for (const [id, docs] of sequences) body[id] = docs;
  return { command: body, moreToCome: (flags & FLAG_MORE_TO_COME) !== 0 };
}

/** Legacy OP_QUERY, accepted only for commands on `<db>.$cmd` (the driver's first handshake). */
export function parseOpQuery(message: Buffer): { db: string; command: Document } {
  let offset = HEADER_SIZE + 4;
  const ns = readCString(message, offset);
  offset = ns.end + 8;
  const { doc } = decodeDocument(message, offset);
  if (!ns.value.endsWith('.$cmd'))
    throw new ProtocolError(`OP_QUERY is only supported for commands, not on ${ns.value}`);
  const command = doc.$query && typeof doc.$query === 'object' ? (doc.$query as Document) : doc;
  return { db: ns.value.slice(0, -'.$cmd'.length), command };
}

/** A reply message in one buffer: header, `fields` (the opcode's fixed part), then the BSON body. */
function encodeReply(
  opCode: number,
  requestId: number,
  responseTo: number,
  fields: Buffer,
  reply: Document,
): Buffer {
  const body = serialize(reply);
  const length = HEADER_SIZE + fields.length + body.length;
  const message = Buffer.allocUnsafe(length);
  message.writeInt32LE(length, 0);
  message.writeInt32LE(requestId, 4);
  message.writeInt32LE(responseTo, 8);
  message.writeInt32LE(opCode, 12);
  fields.copy(message, HEADER_SIZE);
  message.set(body, HEADER_SIZE + fields.length);
  return message;
}

/** OP_MSG after the header: flag bits 0, then a kind-0 (body) section marker. */
const OP_MSG_FIELDS = Buffer.alloc(5);
/** OP_REPLY after the header: AwaitCapable, cursor id 0, starting from 0, one document. */
const OP_REPLY_FIELDS = Buffer.alloc(20);
OP_REPLY_FIELDS.writeInt32LE(8, 0);
OP_REPLY_FIELDS.writeInt32LE(1, 16);

export function encodeOpMsg(requestId: number, responseTo: number, reply: Document): Buffer {
  return encodeReply(OpCode.MSG, requestId, responseTo, OP_MSG_FIELDS, reply);
}

export function encodeOpReply(requestId: number, responseTo: number, reply: Document): Buffer {
  return encodeReply(OpCode.REPLY, requestId, responseTo, OP_REPLY_FIELDS, reply);
}

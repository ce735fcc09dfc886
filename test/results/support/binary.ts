/** A supertest parser that collects a binary download (a .docx) into a Buffer. */
export function binary(res: NodeJS.ReadableStream, done: (err: null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

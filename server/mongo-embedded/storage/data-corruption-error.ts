/** The data directory holds damaged data that cannot be repaired without losing committed writes. */
export class DataCorruptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataCorruptionError';
  }
}

/**
 * The one error every part of the codec throws. A bank file that does not parse is handed to a person, so the
 * error always says where (the 1-based record number, when there is one, and the field) and why, in plain English.
 */
export class ZenginFormatError extends Error {
  override readonly name = 'ZenginFormatError';

  constructor(
    /** 1-based record number in the file, or undefined when the problem is not in one record (e.g. a value). */
    readonly record: number | undefined,
    /** The published Japanese field name with the codec's English key, e.g. `振込金額 (amountYen)`. */
    readonly field: string,
    /** What is wrong, e.g. `must be digits, got "12a"`. */
    readonly reason: string,
  ) {
    super(`${record === undefined ? '' : `record ${record}, `}${field}: ${reason}`);
  }

  /** The same error placed in a record: values are converted before the record number is known. */
  inRecord(record: number): ZenginFormatError {
    return this.record === undefined ? new ZenginFormatError(record, this.field, this.reason) : this;
  }
}

/** Runs `work` for one record, so that a ZenginFormatError thrown by a value conversion names that record. */
export function atRecord<T>(record: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ZenginFormatError) throw error.inRecord(record);
    throw error;
  }
}

/** Shows bytes in an error: as text when they are printable ASCII, otherwise as hex (a Shift_JIS lead byte, CR…). */
export function describeBytes(bytes: Buffer): string {
  const printable = bytes.every((byte) => byte >= 0x20 && byte <= 0x7e);
  return printable ? JSON.stringify(bytes.toString('latin1')) : `bytes ${bytes.toString('hex').replace(/(..)(?!$)/g, '$1 ')}`;
}

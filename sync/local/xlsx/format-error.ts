// Why a file could not be read or written as .xlsx, already in plain Indonesian (never a
// library's English): the adapter adds the file name and turns it into a LocalFileError.

export class XlsxFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "XlsxFormatError";
  }
}

/** A request the writer refuses (a merged block, an array formula): nothing is saved. */
export class XlsxWriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxWriteRefused";
  }
}

import { DomainError } from '../http/domain-error.ts';

/** An upload above the per-file limit (the request is cut off there; nothing is stored). */
export class FileTooLargeError extends DomainError<{ limit: number }> {
  static override readonly code = 'file-too-large';
  static override readonly status = 413;
}

/** An upload whose bytes are not one of the allowed types, whatever its name and declared type say. */
export class FileTypeNotAllowedError extends DomainError<{ name: string }> {
  static override readonly code = 'file-type-not-allowed';
  static override readonly status = 415;
}

/** A multipart upload without a file part, or an empty file. */
export class FileMissingError extends DomainError {
  static override readonly code = 'file-missing';
  static override readonly status = 400;
}

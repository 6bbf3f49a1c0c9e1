// Office.js errors as the host meets them: the error code and the conditions that mean "refuse cleanly".

/** The code of an OfficeExtension.Error (or any error carrying `code`), "" when there is none. */
export function officeErrorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** The user is typing in a cell: Excel rejects every batch until they press Enter or Esc. */
export function isCellEditModeError(error: unknown): boolean {
  return officeErrorCode(error) === "InvalidOperationInCellEditMode";
}

/** A request or response went over the 5 MB limit of Excel on the web. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Writing was refused because the workbook or sheet does not allow it. */
export function isAccessDeniedError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "AccessDenied" || code === "WorkbookReadOnly" || code === "InvalidOperationInReadOnlyMode";
}

/** An error with a code, thrown by the host itself (refusals the caller turns into an outcome). */
export class ExcelHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ExcelHostError";
  }
}

// Sends a CSV file to POST /api/callback-imports as the raw request body, reporting upload progress
// (XMLHttpRequest is the browser API that reports it; fetch does not).
import type { ImportValidation } from "../../../server/services/callback-imports/validate-callback-import.ts";

export type UploadResult = ImportValidation extends infer V
  ? V extends { committedAt: Date | null }
    ? Omit<V, "committedAt"> & { committedAt: string | null }
    : V
  : never;

export function uploadCallbackFile(
  file: File,
  { progressToken, onUploadProgress }: { progressToken: string; onUploadProgress: (fraction: number) => void },
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name, progressToken });
    request.open("POST", `/api/callback-imports?${query.toString()}`);
    request.setRequestHeader("content-type", "text/csv");
    request.setRequestHeader("x-franchise-audit", "1");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = JSON.parse(request.responseText || "{}") as UploadResult & { message?: string };
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(new Error(body.message ?? request.statusText));
    };
    request.onerror = () => reject(new Error("The upload failed: check the connection and try again."));
    request.send(file);
  });
}

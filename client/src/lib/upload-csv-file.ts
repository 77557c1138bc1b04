// Sends a CSV file to an import address (POST /api/callback-imports, /api/complaint-imports) as the
// raw request body, reporting upload progress (XMLHttpRequest is the browser API that reports it;
// fetch does not).
import { type TImportValidation, ZImportValidation } from "../../../shared/schemas/csv-imports.ts";
import { APPLICATION_HEADER } from "../../../shared/schemas/http.ts";
import i18n from "i18next";
import { wordsOf } from "./server-errors.ts";

export type UploadResult = TImportValidation;

export type ImportAddress = "/api/callback-imports" | "/api/complaint-imports";

export function uploadCsvFile(
  address: ImportAddress,
  file: File,
  { progressToken, onUploadProgress }: { progressToken: string; onUploadProgress: (fraction: number) => void },
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name, progressToken });
    request.open("POST", `${address}?${query.toString()}`);
    request.setRequestHeader("content-type", "text/csv");
    request.setRequestHeader(APPLICATION_HEADER, "1");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        const result = ZImportValidation.safeParse(body);
        if (result.success) resolve(result.data);
        else reject(new Error(i18n.t("imports.unreadableAnswer")));
      } else reject(new Error(wordsOf(body, request.statusText).message));
    };
    request.onerror = () => reject(new Error(i18n.t("imports.connectionFailed")));
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text || "{}");
  } catch {
    return null;
  }
}

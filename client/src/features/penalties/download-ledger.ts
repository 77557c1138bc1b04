// Saving the ledger's CSV (built by the server, formula-safe) as a file the browser downloads.
export function downloadLedger(file: { fileName: string; csv: string }): void {
  const url = URL.createObjectURL(new Blob([file.csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { initI18n } from "../i18n/i18n.ts";
import { AppProviders } from "./providers.tsx";
import "./styles.css";

initI18n();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AppProviders />
  </StrictMode>,
);

// What a list or page shows until its data is there: that it is loading, or why it could not be
// loaded, in the user's language (the server's message key, worded here).
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../lib/server-errors.ts";

export function QueryState({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  if (query.isError)
    return (
      <p role="alert" className="text-red-700">
        {t("loadFailed", { message: refusalOf(query.error).message })}
      </p>
    );
  if (query.isPending) return <p role="status">{t("loading")}</p>;
  return null;
}

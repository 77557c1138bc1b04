// ESLint (flat config), type-checked. Lives in .config/ because the project's top level is fixed.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The boundaries of the house (README, How it is built), as rules rather than prose.
const clientMayNotImportServer = [
  {
    regex: "(^|/)server/(?!routers/_app\\.ts$)",
    message: "The client imports nothing from the server but the router's type (server/routers/_app.ts).",
  },
  {
    regex: "(^|/)server/routers/_app\\.ts$",
    allowTypeImports: true,
    message: "Only `import type { AppRouter }`: no server code may reach the client's bundle.",
  },
];
const featureMayNotImportAnother = {
  // From client/src/features/<area>/…, "../<other area>/…" is another feature's inside.
  regex: "^\\.\\./(?!\\.\\.)[^/]+/",
  message: "A feature does not import another feature's internals: move what both need to components/ or lib/.",
};
const noInterpolatedRawSql = {
  selector:
    "CallExpression[callee.property.name='$queryRawUnsafe'][arguments.0.type='TemplateLiteral'][arguments.0.expressions.length>0]",
  message: "Interpolating into raw SQL: use the $queryRaw tagged template.",
};
const noUnsafeRawSql = {
  selector: "MemberExpression[property.name=/^\\$(query|execute)RawUnsafe$/]",
  message: "Unsafe raw SQL is allowed only in the migration runner: use the $queryRaw / $executeRaw tagged templates.",
};

export default tseslint.config(
  { ignores: ["dist/**", "data/**", "node_modules/**", "server/db/generated/**", ".scratch/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        project: ["./server/tsconfig.json", "./client/tsconfig.json", "./tests/tsconfig.json"],
        tsconfigRootDir: new URL("..", import.meta.url).pathname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", noInterpolatedRawSql],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: clientMayNotImportServer }] },
  },
  {
    files: ["client/src/features/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [...clientMayNotImportServer, featureMayNotImportAnother] },
      ],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "(^|/)(server|client)/", message: "shared/ is used by both sides and imports neither." }],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts", "shared/**/*.ts", "client/**/*.{ts,tsx}"],
    ignores: ["server/db/migrate.ts"],
    rules: { "no-restricted-syntax": ["error", noInterpolatedRawSql, noUnsafeRawSql] },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);

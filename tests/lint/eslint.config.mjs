// ESLint's settings for the generated TypeScript module: ESLint's recommended rules and typescript-eslint's
// strictest type-checked sets, strictTypeChecked and stylisticTypeChecked, with nothing turned off.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
);

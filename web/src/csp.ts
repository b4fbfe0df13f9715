/**
 * @module
 * Imported first by main.tsx: what the app must do before anything else runs
 * to keep within the server's Content-Security-Policy (no eval).
 */
// The module alone, not the package index: that would run (and parse with) zod first.
import { zodWithoutEval } from '@ringflow/shared/zod-without-eval';

zodWithoutEval();

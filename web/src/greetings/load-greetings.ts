/**
 * @module
 * The greetings library for the designer: loaded after the flow (a flow
 * opens even when the library cannot be read) and again when the window
 * gets the focus back, so a greeting added in another tab shows up.
 */

import { api } from '../api/client.js';
import { designerStore } from '../designer/store.js';
import { messageOf } from '../ui/field-errors.js';
import type { GreetingsReply } from './types.js';

/**
 * Loads the library into the designer's store; a failure is kept as the
 * reason, which the prompt pickers show.
 *
 * @example
 * await loadDesignerGreetings();
 */
export async function loadDesignerGreetings(): Promise<void> {
  try {
    const { greetings } = await api<GreetingsReply>('GET', '/greetings');
    designerStore.getState().setGreetings(greetings);
  } catch (e) {
    designerStore
      .getState()
      .setGreetings(
        designerStore.getState().greetings,
        `The greetings could not be loaded: ${messageOf(e)}`,
      );
  }
}

import {
  type FlowNode,
  languagesOfVoice,
  SAY_MAX_CHARS,
  type SayPrompt,
  speaksLanguage,
  type VoiceCatalogue,
  voicesFor,
} from '@ringflow/shared';
import { describeNode } from '../describe-node.js';
import { describeField } from '../field-names.js';
import type { Finding } from '../finding.js';
import { promptFields } from '../prompt-fields.js';
import type { Rule } from './rule.js';

/**
 * Text the engine cannot speak fails on the call, not on publishing: Twilio
 * skips a `<Say>` with a voice or language it does not know, and stops a
 * Polly voice at 3,000 characters (warning 13521). So every say prompt is
 * checked against the catalogue of the engine that speaks it: its language is
 * one the engine speaks, its voice exists for that language, its text fits.
 * A phone menu's retry text is spoken with its prompt's voice and language,
 * and is held to 300 characters by the schema, so checking the prompt covers it.
 * When the engine's voice list could not be read (`unavailable`), only the
 * length is checked, and one warning says the voices were not.
 */
export const speechRule: Rule = (doc, _graph, context) => {
  const catalogue = context.voices;
  let spoken = 0;
  const findings = doc.nodes.flatMap((node) =>
    promptFields(node).flatMap(({ prompt, path }) => {
      if (prompt.type !== 'say') return [];
      spoken += 1;
      return checkSay(node, prompt, path, catalogue);
    }),
  );
  // The engine's list could not be read: say so once, never pass or fail voices silently.
  if (catalogue.unavailable !== undefined && spoken > 0) {
    findings.push({
      code: 'prompt-voices-unchecked',
      severity: 'warning',
      message: `Voices could not be checked: ${catalogue.unavailable}. The voice and language of ${spoken === 1 ? 'the spoken text were' : `${spoken} spoken texts were`} not checked against what ${catalogue.engine} speaks.`,
    });
  }
  return findings;
};

function checkSay(
  node: FlowNode,
  prompt: SayPrompt,
  path: string[],
  catalogue: VoiceCatalogue,
): Finding[] {
  const field = describeField(path);
  const name = describeNode(node);
  const findings: Finding[] = [];
  const finding = (code: string, key: string, message: string) =>
    findings.push({ code, severity: 'error', nodeId: node.id, path: [...path, key], message });
  const { engine } = catalogue;
  if (catalogue.unavailable !== undefined) {
    checkLength(prompt, `${name}: the text to speak in the ${field}`, engine, finding);
    return findings;
  }
  const languageKnown = speaksLanguage(catalogue, prompt.language);

  if (!languageKnown) {
    finding(
      'prompt-language-unknown',
      'language',
      `${name}: the ${field}'s language "${prompt.language}" is not one ${engine} speaks: use a tag like en-US`,
    );
  }
  const voice = prompt.voice?.trim();
  if (voice) {
    const spoken = languagesOfVoice(catalogue, voice);
    const suggestion = () => {
      const first = voicesFor(catalogue, prompt.language)[0];
      return first ? `, for example ${first.name}` : '';
    };
    if (spoken.length === 0) {
      finding(
        'prompt-voice-unknown',
        'voice',
        `${name}: the ${field}'s voice "${voice}" is not a voice ${engine} offers; choose one for ${prompt.language}${languageKnown ? suggestion() : ''}`,
      );
    } else if (
      languageKnown &&
      !spoken.some((l) => l.toLowerCase() === prompt.language.toLowerCase())
    ) {
      finding(
        'prompt-voice-unknown',
        'voice',
        `${name}: the ${field}'s voice "${voice}" speaks ${spoken.join(', ')}, not ${prompt.language}; choose a voice for ${prompt.language}${suggestion()} or change the language`,
      );
    }
  }
  checkLength(prompt, `${name}: the text to speak in the ${field}`, engine, finding);
  return findings;
}

/** The text fits one prompt whatever the engine: it falls back to `<Say>` when synthesis fails. */
function checkLength(
  prompt: SayPrompt,
  what: string,
  engine: string,
  finding: (code: string, key: string, message: string) => void,
): void {
  if (prompt.text.length > SAY_MAX_CHARS) {
    finding(
      'prompt-too-long',
      'text',
      `${what} has ${prompt.text.length.toLocaleString('en-US')} characters; ${engine} speaks at most ${SAY_MAX_CHARS.toLocaleString('en-US')} in one prompt, so shorten it or split it over several messages`,
    );
  }
}

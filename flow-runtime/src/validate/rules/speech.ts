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
 */
export const speechRule: Rule = (doc, _graph, context) =>
  doc.nodes.flatMap((node) =>
    promptFields(node).flatMap(({ prompt, path }) =>
      prompt.type === 'say' ? checkSay(node, prompt, path, context.voices) : [],
    ),
  );

function checkSay(
  node: FlowNode,
  prompt: SayPrompt,
  path: string[],
  catalogue: VoiceCatalogue,
): Finding[] {
  const field = path.join('.');
  const name = describeNode(node);
  const findings: Finding[] = [];
  const finding = (code: string, key: string, message: string) =>
    findings.push({ code, severity: 'error', nodeId: node.id, path: [...path, key], message });
  const { engine } = catalogue;
  const languageKnown = speaksLanguage(catalogue, prompt.language);

  if (!languageKnown) {
    finding(
      'prompt-language-unknown',
      'language',
      `${name}: language "${prompt.language}" (${field}.language) is not one ${engine} speaks: use a tag like en-US`,
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
        `${name}: voice "${voice}" (${field}.voice) is not a voice ${engine} offers; choose one for ${prompt.language}${languageKnown ? suggestion() : ''}`,
      );
    } else if (
      languageKnown &&
      !spoken.some((l) => l.toLowerCase() === prompt.language.toLowerCase())
    ) {
      finding(
        'prompt-voice-unknown',
        'voice',
        `${name}: voice "${voice}" (${field}.voice) speaks ${spoken.join(', ')}, not ${prompt.language}; choose a voice for ${prompt.language}${suggestion()} or change the language`,
      );
    }
  }
  if (prompt.text.length > SAY_MAX_CHARS) {
    finding(
      'prompt-too-long',
      'text',
      `${name}: the text to speak (${field}.text) has ${prompt.text.length.toLocaleString('en-US')} characters; ${engine} speaks at most ${SAY_MAX_CHARS.toLocaleString('en-US')} in one prompt, so shorten it or split it over several messages`,
    );
  }
  return findings;
}

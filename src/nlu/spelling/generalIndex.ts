/**
 * The deletion index of the general English vocabulary (the word-vector words, most frequent first):
 * built on first use and shared by every bot in the process.
 */
import { wordVectors } from '../vectors/wordVectors';
import { buildDeletionIndex, type DeletionIndex } from './deletionIndex';

/** Edits within which a message word reaches a general word. */
export const GENERAL_DISTANCE = 1;

let built: DeletionIndex | undefined;

/** The general vocabulary's deletion index; a word's id is its frequency rank. */
export function generalIndex(): DeletionIndex {
  built ??= buildDeletionIndex(wordVectors().words, GENERAL_DISTANCE);
  return built;
}

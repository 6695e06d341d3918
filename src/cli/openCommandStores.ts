// The stores a command works on (BATON_STORE), or undefined after printing why they cannot be opened.
import { openStores, type BatonStores } from '../store/openStores';
import type { CommandIO } from './commandIO';

export async function openCommandStores(botId: string, io: CommandIO): Promise<BatonStores | undefined> {
  try {
    return await openStores(botId);
  } catch (err) {
    io.err((err as Error).message);
    return undefined;
  }
}

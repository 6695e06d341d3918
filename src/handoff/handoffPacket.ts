// The handoff packet: its type (generated from handoffPacket.schema.json) and a validator.
import type { ValidateFunction } from 'ajv';
import { loadValidators, type ValidatorSet } from '../config/standaloneValidators';
import schema from './handoffPacket.schema.json';
import type { HandoffPacket } from './handoffPacket.generated';

export type { HandoffPacket };

/** The packet's check, precompiled by the build. */
export const HANDOFF_PACKET_VALIDATORS: ValidatorSet<'packet'> = {
  name: 'handoffPacket', schema, options: { allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false }, exports: { packet: schema.$id },
};

let validator: ValidateFunction | undefined;

/** The schema's complaints about a packet, or an empty list when it is valid. */
export function handoffPacketErrors(packet: unknown): string[] {
  validator ??= loadValidators(HANDOFF_PACKET_VALIDATORS).packet;
  if (validator(packet)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

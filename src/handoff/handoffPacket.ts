// The handoff packet: its type (generated from handoffPacket.schema.json) and a validator.
import Ajv, { type ValidateFunction } from 'ajv';
import schema from './handoffPacket.schema.json';
import type { HandoffPacket } from './handoffPacket.generated';

export type { HandoffPacket };

let validator: ValidateFunction | undefined;

/** The schema's complaints about a packet, or an empty list when it is valid. */
export function handoffPacketErrors(packet: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false }).compile(schema);
  if (validator(packet)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

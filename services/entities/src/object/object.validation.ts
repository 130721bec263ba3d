import { normaliseEmail, normalisePhone, normaliseVrm, validationError, vehicleDetail } from '@crosslink/common';
import { normaliseOnlineAccount } from './account.normalise.js';
import { normaliseBankAccount, type BankAccountInput } from './bank.normalise.js';
import { normaliseImei } from './imei.js';
import { itemKinds, type ItemKind, type NewItem, type NewSharedObject } from './object.model.js';

// Each function turns one record mutation's input into what is written, or throws
// VALIDATION_FAILED naming the input field. Nothing reaches the database before these pass.

export function validatePhone(input: { number: string; imei?: string | null }, field: string): NewSharedObject {
  const number = normalisePhone(input.number, `${field}.number`);
  const imei = input.imei?.trim() ? normaliseImei(input.imei, `${field}.imei`) : null;
  return { label: 'Phone', key: number, properties: { number }, imei };
}

export function validateVehicle(input: { vrm: string; make?: string | null; model?: string | null; colour?: string | null }, field: string): NewSharedObject {
  const vrm = normaliseVrm(input.vrm, `${field}.vrm`);
  return {
    label: 'Vehicle',
    key: vrm,
    properties: { vrm },
    claim: {
      make: vehicleDetail(input.make, `${field}.make`),
      model: vehicleDetail(input.model, `${field}.model`),
      colour: vehicleDetail(input.colour, `${field}.colour`),
    },
  };
}

export function validateEmailAddress(input: { address: string }, field: string): NewSharedObject {
  const address = normaliseEmail(input.address, `${field}.address`);
  return { label: 'EmailAddress', key: address, properties: { address } };
}

export function validateOnlineAccount(input: { platform: string; handle: string }, field: string): NewSharedObject {
  const { platform, handle } = normaliseOnlineAccount(input.platform, input.handle, field);
  return { label: 'OnlineAccount', key: `${platform}:${handle}`, properties: { platform, handle } };
}

export function validateBankAccount(input: BankAccountInput, field: string): NewSharedObject {
  const { accountKey, ...properties } = normaliseBankAccount(input, field);
  return { label: 'BankAccount', key: accountKey, properties: { accountKey, ...properties } };
}

const DESCRIPTION_MAX = 500;

export function validateItem(input: { kind: string; description: string }, field: string): NewItem {
  if (!(itemKinds as readonly string[]).includes(input.kind)) {
    throw validationError(`${field}.kind`, `An item kind is one of ${itemKinds.join(', ')}`);
  }
  const description = input.description.trim().replace(/\s+/g, ' ');
  if (description === '') throw validationError(`${field}.description`, 'A description is required');
  if (description.length > DESCRIPTION_MAX) throw validationError(`${field}.description`, `At most ${DESCRIPTION_MAX} characters`);
  return { kind: input.kind as ItemKind, description };
}

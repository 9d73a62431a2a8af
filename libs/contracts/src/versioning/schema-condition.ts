import { isRecord } from '../json-refs';

/**
 * Whether a value meets the `if` of a conditional, for the sample generator. Our conditions test a property
 * against a value ("when status is declined"), so only the keywords such a test uses are understood, and any
 * other throws, naming it: a condition misread would make samples that quietly skip a requirement.
 */
const ANNOTATIONS = new Set(['description', '$comment', 'title']);

export function conditionHolds(condition: unknown, value: unknown): boolean {
  if (condition === true) return true;
  if (condition === false) return false;
  if (!isRecord(condition)) throw new Error(`cannot evaluate the condition ${JSON.stringify(condition)}`);
  return Object.entries(condition).every(([keyword, operand]) => keywordHolds(keyword, operand, value));
}

function keywordHolds(keyword: string, operand: unknown, value: unknown): boolean {
  if (ANNOTATIONS.has(keyword)) return true;
  switch (keyword) {
    case 'const':
      return sameJson(operand, value);
    case 'enum':
      return Array.isArray(operand) && operand.some((option) => sameJson(option, value));
    case 'not':
      return !conditionHolds(operand, value);
    case 'type':
      return (Array.isArray(operand) ? operand : [operand]).some((type) => typeHolds(String(type), value));
    case 'minimum':
      return typeof value !== 'number' || (typeof operand === 'number' && value >= operand);
    case 'maximum':
      return typeof value !== 'number' || (typeof operand === 'number' && value <= operand);
    case 'required':
      return !isRecord(value) || (Array.isArray(operand) && operand.every((name) => String(name) in value));
    case 'properties':
      // As in JSON Schema, a property that is absent meets its subschema; `required` is what demands it.
      return !isRecord(value) || !isRecord(operand) || Object.entries(operand).every(([name, sub]) => !(name in value) || conditionHolds(sub, value[name]));
    default:
      throw new Error(`cannot evaluate a condition that uses "${keyword}"`);
  }
}

function typeHolds(type: string, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isRecord(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import { Timestamp, type Document } from 'bson';
import { Query } from 'mingo';
import { cloneDeep, isNumeric, isPlainObject, toView } from '../bson-values';
import { compareValues } from '../bson-order';
import { badValue, Codes, MongoError } from '../errors';
import { queryOptions } from './mingo-options';
import { addNumbers, bitwise, multiplyNumbers, zeroLike } from './numeric-ops';
import { sortDocuments } from './sort';

/** One field's slot: read, write or delete the value the path points at. */
export interface Slot {
  get(): unknown;
  set(value: unknown): void;
  unset(): void;
  readonly path: string;
  readonly docId: unknown;
}

export type FieldOperator = (slot: Slot, arg: unknown) => void;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return (value as { _bsontype?: string })?._bsontype?.toLowerCase() ?? typeof value;
}

function numericTarget(op: string, slot: Slot): unknown {
  const current = slot.get();
  if (current !== undefined && !isNumeric(current)) {
    throw new MongoError(
      Codes.TypeMismatch,
      `Cannot apply ${op} to a value of non-numeric type. {_id: ${String(slot.docId)}} has the field '${slot.path}' of non-numeric type ${typeName(current)}`,
    );
  }
  return current;
}

function arrayTarget(op: string, slot: Slot): unknown[] | undefined {
  const current = slot.get();
  if (current === undefined) return undefined;
  if (!Array.isArray(current)) {
    throw badValue(
      `The field '${slot.path}' must be an array but is of type ${typeName(current)} in document {_id: ${String(slot.docId)}}`,
    );
  }
  return current;
}

/** Whether an array element is removed by a `$pull` condition. */
function pullMatcher(condition: unknown): (element: unknown) => boolean {
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    const operatorOnValue =
      keys.length > 0 && keys.every((k) => k.startsWith('$') && k !== '$and' && k !== '$or' && k !== '$nor');
    const query = new Query(
      toView(operatorOnValue ? { v: condition } : condition) as Document,
      queryOptions(),
    );
    return (element) =>
      operatorOnValue
        ? query.test({ v: toView(element) })
        : isPlainObject(element) && query.test(toView(element) as Document);
  }
  return (element) => compareValues(element, condition) === 0;
}

function push(slot: Slot, arg: unknown): void {
  const array = arrayTarget('$push', slot) ?? [];
  const modifiers = isPlainObject(arg) && '$each' in arg ? arg : undefined;
  if (modifiers && !Array.isArray(modifiers.$each))
    throw badValue('The argument to $each in $push must be an array');
  const items = (modifiers ? (modifiers.$each as unknown[]) : [arg]).map(cloneDeep);
  let result = array.slice();
  const position = modifiers?.$position as number | undefined;
  if (position === undefined) result.push(...items);
  else result.splice(position < 0 ? Math.max(0, result.length + position) : position, 0, ...items);
  if (modifiers?.$sort !== undefined) result = sortArray(result, modifiers.$sort);
  const slice = modifiers?.$slice as number | undefined;
  if (slice !== undefined) result = slice < 0 ? result.slice(slice) : result.slice(0, slice);
  slot.set(result);
}

function sortArray(values: unknown[], spec: unknown): unknown[] {
  if (isPlainObject(spec)) return sortDocuments(values as Document[], spec);
  const dir = spec === -1 ? -1 : 1;
  return values.sort((a, b) => compareValues(a, b) * dir);
}

export const FIELD_OPERATORS: Record<string, FieldOperator> = {
  $set: (slot, arg) => slot.set(cloneDeep(arg)),
  $unset: (slot) => slot.unset(),
  $inc: (slot, arg) => {
    if (!isNumeric(arg))
      throw new MongoError(
        Codes.TypeMismatch,
        `Cannot increment with non-numeric argument: {${slot.path}: ${JSON.stringify(arg)}}`,
      );
    const current = numericTarget('$inc', slot);
    slot.set(current === undefined ? arg : addNumbers(current, arg));
  },
  $mul: (slot, arg) => {
    if (!isNumeric(arg))
      throw new MongoError(
        Codes.TypeMismatch,
        `Cannot multiply with non-numeric argument: {${slot.path}: ${JSON.stringify(arg)}}`,
      );
    const current = numericTarget('$mul', slot);
    slot.set(current === undefined ? zeroLike(arg) : multiplyNumbers(current, arg));
  },
  $min: (slot, arg) => {
    const current = slot.get();
    if (current === undefined || compareValues(arg, current) < 0) slot.set(cloneDeep(arg));
  },
  $max: (slot, arg) => {
    const current = slot.get();
    if (current === undefined || compareValues(arg, current) > 0) slot.set(cloneDeep(arg));
  },
  $currentDate: (slot, arg) => {
    const type = isPlainObject(arg) ? arg.$type : 'date';
    if (type !== 'date' && type !== 'timestamp')
      throw badValue(`The '$type' string field is required to be 'date' or 'timestamp'`);
    const now = Date.now();
    slot.set(type === 'date' ? new Date(now) : Timestamp.fromBits(0, Math.floor(now / 1000)));
  },
  $push: push,
  $addToSet: (slot, arg) => {
    const array = arrayTarget('$addToSet', slot) ?? [];
    const each = isPlainObject(arg) && '$each' in arg;
    if (each && !Array.isArray(arg.$each))
      throw badValue('The argument to $each in $addToSet must be an array');
    const result = array.slice();
    for (const item of each ? (arg.$each as unknown[]) : [arg]) {
      if (!result.some((v) => compareValues(v, item) === 0)) result.push(cloneDeep(item));
    }
    slot.set(result);
  },
  $pull: (slot, arg) => {
    const array = arrayTarget('$pull', slot);
    if (!array) return;
    const matches = pullMatcher(arg);
    slot.set(array.filter((v) => !matches(v)));
  },
  $pullAll: (slot, arg) => {
    if (!Array.isArray(arg)) throw badValue('$pullAll requires an array argument');
    const array = arrayTarget('$pullAll', slot);
    if (array) slot.set(array.filter((v) => !arg.some((a) => compareValues(a, v) === 0)));
  },
  $pop: (slot, arg) => {
    if (arg !== 1 && arg !== -1) throw badValue('$pop expects 1 or -1');
    const array = arrayTarget('$pop', slot);
    if (array && array.length) slot.set(arg === 1 ? array.slice(0, -1) : array.slice(1));
  },
  $bit: (slot, arg) => {
    if (!isPlainObject(arg)) throw badValue('$bit needs an object like {and: 5}');
    const current = slot.get();
    if (current !== undefined && !isNumeric(current))
      throw badValue(`Cannot apply $bit to a value of non-integral type`);
    slot.set(bitwise(current, arg));
  },
};

/** Operators that do nothing on a missing field (so no parent objects are created). */
export const NON_CREATING = new Set(['$unset', '$pull', '$pullAll', '$pop']);
